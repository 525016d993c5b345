using Marsad.Core.Analysis;
using Marsad.Core.Digests;
using Marsad.Extraction.Digests;

namespace Marsad.Stories.Tests.Support;

/// <summary>
/// An analysis written as text with its names marked, so a test controls exactly what the tagger
/// would have found: "[محمد شياع السوداني]" is a person, "&lt;البنتاغون&gt;" an organisation, and
/// "[السوداني=محمد شياع السوداني]" a mention of the person named by the part after '='.
/// </summary>
internal static class Marked
{
    public static DocumentDigest Article(string id, string? published, string marked) => DigestBuilder.Build(Analysis(id, published, marked));

    /// <summary>The marked article's analysis, before its digest (<see cref="MarkedAnalysis"/>).</summary>
    public static DocumentAnalysis Analysis(string id, string? published, string marked) => MarkedAnalysis.Article(id, published, marked);
}
