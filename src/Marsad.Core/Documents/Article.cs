namespace Marsad.Core.Documents;

/// <summary>
/// One cleaned news article: the unit every later stage works on. Field names follow the
/// analysis contract (<c>shared/contract/analysis.schema.json</c>): <see cref="Text"/> is the body
/// without the title, and every offset any stage reports is a UTF-16 index into it.
/// </summary>
/// <param name="Id">The input's own id, else its URL, else its path (<c>path#line</c> for JSON Lines).</param>
/// <param name="Source">Where it was read from: the URL when known, else the path (with <c>#line</c>).</param>
/// <param name="Title">The headline, when one was found.</param>
/// <param name="Text">The article body without its title, page furniture removed.</param>
/// <param name="Author">The byline, when one was found.</param>
/// <param name="Outlet">The publisher under its one normalised name.</param>
/// <param name="Published">When it was published, in the publisher's own time zone.</param>
/// <param name="Url">The canonical URL, when known.</param>
public sealed record Article(
    string Id,
    string Source,
    string? Title,
    string Text,
    string? Author,
    string? Outlet,
    PublicationTime? Published,
    string? Url)
{
    /// <summary>
    /// A stable fingerprint of everything stored for the article, used to skip unchanged
    /// re-ingests. A method, not a property: it hashes the whole text on every call.
    /// </summary>
    public string ComputeContentHash() => ArticleHash.Compute(this);
}
