namespace Marsad.Text.Normalization;

/// <summary>What the normaliser does with one original character.</summary>
internal enum FoldAction : byte
{
    /// <summary>Write one character (itself or its fold).</summary>
    Single = 0,

    /// <summary>Drop a mark that belongs to the letter before it (harakat, tatweel).</summary>
    DropAttached = 1,

    /// <summary>Drop an invisible control or format character.</summary>
    DropInvisible = 2,

    /// <summary>Write several characters (a presentation-form ligature).</summary>
    Expand = 3,
}
