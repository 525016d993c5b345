using Marsad.Core.Analysis;
using Marsad.Core.Digests;
using Marsad.Core.Documents;

namespace Marsad.Core.Stories;

/// <summary>
/// One analysed article as the collection sees it: its digest (what the story stages read from it,
/// <see cref="DocumentDigest"/>), its place in the input (the tie-break after the publication
/// date), and the collection-wide id of each of its actors (<c>Entities[local]</c> for
/// <see cref="LocalEntity.Id"/> <c>local</c>) once resolution has run.
/// </summary>
public sealed record StoryDocument(int Index, DocumentDigest Digest, IReadOnlyList<string> Entities)
{
    public Article Article => Digest.Article;

    public string Id => Digest.Article.Id;

    /// <summary>The collection-wide id of the article's actor with local index <paramref name="local"/>.</summary>
    public string EntityId(int local) => Entities[local];
}
