namespace Marsad.Search.Analysis;

/// <summary>Which form of each word a field indexes.</summary>
internal enum FieldForm
{
    /// <summary>The normalised surface word, and its clitic-stripped base at the same position.</summary>
    Exact,

    /// <summary>The light stem of the base.</summary>
    Stem,
}
