namespace Marsad.Search.Analysis;

/// <summary>Which form of each word a field indexes.</summary>
internal enum FieldForm
{
    /// <summary>
    /// The normalised word without its proclitics (و ف ب ك ل ال …): "والسوداني", "بالسوداني" and
    /// "السوداني" all stand as "سوداني". The surface form with its clitics is not indexed beside
    /// it: it doubled the terms of most words (and a third of indexing time) to rank one
    /// spelling of the same word above another, which says nothing about relevance.
    /// </summary>
    Exact,

    /// <summary>The light stem of the base.</summary>
    Stem,
}
