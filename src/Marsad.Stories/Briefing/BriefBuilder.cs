using System.Globalization;
using Marsad.Core.Analysis;
using Marsad.Core.Stories;

namespace Marsad.Stories.Briefing;

/// <summary>
/// <see cref="StoryAnalysis"/> → <see cref="Brief"/>: picks what an editor needs and numbers every
/// piece of evidence once, in order of first use. Actors shown are those named in at least two
/// independent articles or holding a position, most-named first.
/// </summary>
public static class BriefBuilder
{
    private const int SummarySentences = 6;
    private const int MaxActors = 15;
    private const int QuotesPerActor = 2;

    /// <param name="title">The user's words for what the brief is about (their question), when they gave them; else the brief is titled by its thread's or largest story's headline.</param>
    public static Brief Build(StoryAnalysis story, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(story);
        var documents = story.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var citations = new List<Citation>();
        var numbers = new Dictionary<Evidence, int>();
        int Cite(Evidence e)
        {
            if (!numbers.TryGetValue(e, out int n))
            {
                StoryDocument doc = documents[e.Document];
                n = citations.Count + 1;
                numbers.Add(e, n);
                citations.Add(new Citation(n, e.Document, e.Start, e.End, doc.Article.Text[e.Start..e.End].Trim(), doc.Article.Outlet, doc.Article.Published?.DateIso, doc.Article.Title));
            }
            return n;
        }
        string Text(Evidence e) => documents[e.Document].Article.Text[e.Start..e.End].Trim();

        var summary = SummarySelector.Select(story.Documents, story.DuplicateOf, story.Question, SummarySentences)
            .Select(e => new BriefLine(Text(e), [Cite(e)])).ToList();

        var independent = story.Documents.Where(d => !story.DuplicateOf.ContainsKey(d.Id)).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var stanceOf = story.Positions.ToDictionary(p => p.Entity, StringComparer.Ordinal);
        var actors = story.Entities
            .Select(e => (Entity: e, Articles: e.Documents.Count(independent.Contains)))
            .Where(a => a.Articles >= 2 || stanceOf.ContainsKey(a.Entity.Id))
            .OrderByDescending(a => stanceOf.ContainsKey(a.Entity.Id) && a.Entity.Type != EntityType.Location)
            .ThenByDescending(a => a.Articles)
            .ThenBy(a => a.Entity.Id, StringComparer.Ordinal)
            .Take(MaxActors)
            .Select(a => new BriefActor(
                a.Entity.Id, a.Entity.Name, a.Entity.Type.ToContract(), a.Entity.Aliases, a.Articles,
                stanceOf.TryGetValue(a.Entity.Id, out var p) ? p.Stance : null,
                p is null ? [] : [.. p.Evidence.Take(QuotesPerActor).Select(e => new BriefLine(Text(e), [Cite(e)]))],
                a.Entity.Roles.Count > 0 ? a.Entity.Roles[0].ToString() : null))
            .ToList();

        // One sentence can report two kinds of event (a strike and the deaths it caused): the
        // reader needs it once per date.
        var timeline = story.Timeline
            .DistinctBy(t => (t.Date, string.Join(',', t.Evidence.Select(e => $"{e.Document}@{e.Start}"))))
            .Select(t => new BriefEvent(t.Date, t.Status, t.Kind, t.Summary, [.. t.Evidence.Select(Cite)]))
            .ToList();
        var figures = FigureLister.List(story, Cite);
        var conflicts = story.Conflicts
            .Select(c => new BriefConflict(c.Topic, c.Kind, [.. c.Claims.Select(claim => new BriefLine(
                $"{Value(claim.Value)} — {claim.Outlet ?? "?"}{(claim.AsOf is null ? "" : "، " + claim.AsOf)}", [Cite(claim.Evidence)]))]))
            .ToList();

        var sources = story.Documents
            .OrderBy(d => d.Article.Published?.Date ?? DateOnly.MaxValue).ThenBy(d => d.Index)
            .Select(d => new BriefSource(d.Id, d.Article.Title, d.Article.Outlet, d.Article.Published?.DateIso, story.DuplicateOf.GetValueOrDefault(d.Id)))
            .ToList();
        var dates = story.Documents.Select(d => d.Article.Published?.DateIso).OfType<string>().Order(StringComparer.Ordinal).ToList();
        // A headline the editors wrote whole, not the question (a phrase cut from one): the thread's
        // when one holds most of the articles, else the largest story's.
        title ??= story.Threads.OrderByDescending(t => t.Stories.Count).Select(t => t.Title).FirstOrDefault()
            ?? story.Stories.OrderByDescending(s => s.Documents.Count).Select(s => s.Title).FirstOrDefault()
            ?? story.Question
            ?? story.Documents.Select(d => d.Article.Title).FirstOrDefault(t => t is { Length: > 0 })
            ?? "Marsad";
        return new Brief(title, story.Question, story.Documents.Count, independent.Count, dates.FirstOrDefault(), dates.LastOrDefault(),
            summary, actors, timeline, figures, conflicts, sources, citations);
    }

    private static string Value(object value) => value switch
    {
        double d => d.ToString("#,0.##", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
