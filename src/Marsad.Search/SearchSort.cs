namespace Marsad.Search;

public enum SearchSort
{
    /// <summary>Best match first (BM25).</summary>
    Relevance,

    /// <summary>Latest publication first; undated articles last.</summary>
    Newest,

    /// <summary>Earliest publication first; undated articles last.</summary>
    Oldest,
}
