using System.Globalization;
using Marsad.Core.Digests;
using Marsad.Core.Stories;
using Marsad.Stories.Claims;

namespace Marsad.Stories.Briefing;

/// <summary>
/// The figures that matter, whether or not sources disagree on them: for each fact and subject the
/// articles count (troops of the United States, the dead of an attack), the values each source
/// gives, with when each held (the figure's own date, else its article's, else the year an undated
/// article reports, else unknown) and its sentence. The facts most articles count come first.
/// Copies add nothing.
/// </summary>
internal static class FigureLister
{
    /// <summary>At most this many facts are listed.</summary>
    public const int MaxFacts = 8;

    /// <summary>At most this many values of one fact are listed, the earliest first.</summary>
    public const int MaxValues = 6;

    public static List<BriefFigure> List(StoryAnalysis story, Func<Evidence, int> cite)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(cite);
        var facts = new Dictionary<string, List<(StoryDocument Document, CountDigest Count)>>(StringComparer.Ordinal);
        var order = new List<string>();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (ResolvedEntity entity in story.Entities)
        {
            names.TryAdd(entity.Id, entity.Name);
        }
        foreach (StoryDocument document in story.Documents.Where(d => !story.DuplicateOf.ContainsKey(d.Id)))
        {
            foreach (CountDigest count in document.Digest.Counts)
            {
                if (CountFact.Of(count.Fact) is not { } fact)
                {
                    continue;
                }
                string? subject = count.Subject is int s && s >= 0 && s < document.Digest.Entities.Count
                    ? (s < document.Entities.Count && names.TryGetValue(document.Entities[s], out string? resolved) ? resolved : document.Digest.Entities[s].Name)
                    : null;
                string topic = subject is null ? fact.Label : fact.Label + " — " + subject;
                if (!facts.TryGetValue(topic, out var values))
                {
                    facts[topic] = values = [];
                    order.Add(topic);
                }
                values.Add((document, count));
            }
        }
        return [.. order
            .Select((topic, i) => (Topic: topic, Values: facts[topic], First: i))
            .OrderByDescending(f => f.Values.Select(v => v.Document.Id).Distinct(StringComparer.Ordinal).Count())
            .ThenBy(f => f.First)
            .Take(MaxFacts)
            .Select(f => new BriefFigure(f.Topic, [.. f.Values
                .Select(v => (v.Document, v.Count, When: When(v.Document, v.Count)))
                .DistinctBy(v => (v.Count.Value, v.When, v.Document.Article.Outlet))
                .OrderBy(v => v.When ?? "9999", StringComparer.Ordinal)
                .Take(MaxValues)
                .Select(v => new BriefLine(
                    $"{v.Count.Value.ToString("#,0.##", CultureInfo.InvariantCulture)} ({v.When ?? BriefWords.UnknownDate}، {v.Document.Article.Outlet ?? "?"})",
                    [cite(new Evidence(v.Document.Id, v.Count.Start, v.Count.End))]))]))];
    }

    private static string? When(StoryDocument document, CountDigest count) =>
        count.AsOf ?? document.Article.Published?.DateIso ?? ArticleYear.Inferred(document);
}
