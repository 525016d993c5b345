using Marsad.Core.Digests;
using Marsad.Core.Documents;
using Marsad.Core.Stories;

namespace Marsad.Stories.Tests.Support;

/// <summary>
/// Documents whose actors are resolved across articles by type and name ("Location:بغداد"), a
/// stand-in for the collection's resolution so that tests of story-level stages see one actor
/// under one id in every article.
/// </summary>
internal static class NamedDocuments
{
    public static IReadOnlyList<StoryDocument> Of(params Article[] articles) =>
        [.. articles.Select((a, i) =>
        {
            DocumentDigest analysis = Articles.Analyze(a);
            return new StoryDocument(i, analysis, [.. analysis.Entities.Select(e => e.Type + ":" + e.Name)]);
        })];

    /// <summary>Every document in one story.</summary>
    public static Dictionary<string, string> OneStory(IReadOnlyList<StoryDocument> documents) =>
        documents.ToDictionary(d => d.Id, _ => "s1", StringComparer.Ordinal);

    public static Dictionary<string, string> NoDuplicates { get; } = new(StringComparer.Ordinal);
}
