using Marsad.Core.Documents;

namespace Marsad.Search;

/// <summary>One matching article as a result list shows it.</summary>
/// <param name="Score">The relevance score (BM25), also when sorted by date.</param>
/// <param name="Snippet">A passage of the original article text around the best matches.</param>
/// <param name="Highlights">The matched words, as UTF-16 spans into <paramref name="Snippet"/> covering their original characters, diacritics included.</param>
public sealed record SearchHit(
    string Id,
    string? Title,
    string? Outlet,
    PublicationTime? Published,
    float Score,
    string Snippet,
    IReadOnlyList<TextSpan> Highlights);
