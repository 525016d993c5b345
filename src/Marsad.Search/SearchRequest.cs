namespace Marsad.Search;

/// <summary>
/// A search as a user asks it. <see cref="Query"/> takes words (all required, in any clitic or
/// inflected form), <c>"quoted phrases"</c>, <c>-excluded</c> words or phrases and <c>a OR b</c>;
/// an empty query matches every article, for browsing with filters.
/// </summary>
public sealed record SearchRequest(string Query)
{
    /// <summary>Only this outlet (compared as <see cref="OutletKey"/> does).</summary>
    public string? Outlet { get; init; }

    /// <summary>Published on or after this date (the publisher's own date); undated articles are left out.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Published on or before this date; undated articles are left out.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Only these articles, by id (e.g. the articles that name one actor); null for all.</summary>
    public IReadOnlyCollection<string>? Documents { get; init; }

    public int Skip { get; init; }

    public int Take { get; init; } = 10;

    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    /// <summary>About how many characters of the article a snippet shows.</summary>
    public int SnippetLength { get; init; } = 200;
}
