namespace Marsad.Ingest.Furniture;

/// <summary>What the furniture rules say of one line.</summary>
internal enum LineVerdict
{
    Keep,

    /// <summary>This line is furniture.</summary>
    Drop,

    /// <summary>This line heads a list of teasers or links: it goes, and so do the teasers after it.</summary>
    StartsBlock,
}
