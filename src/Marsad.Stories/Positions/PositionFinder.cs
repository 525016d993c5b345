using Marsad.Core.Stories;
using Marsad.Core.Digests;

namespace Marsad.Stories.Positions;

/// <summary>
/// Each actor's stance on the story's central question, from the quotes the actor is the
/// speaker of (<see cref="StanceReader"/> reads each). An actor's stance is the one most of its
/// quotes on the question take, leaving neutral ones aside; a tie goes to the later quote, since a
/// stance can move and the latest word stands. Quotes of a duplicate article are not counted twice.
/// </summary>
internal static class PositionFinder
{
    /// <param name="read">Each document's quotes on the question with their stance; <see cref="Read"/> when not given (a builder passes one that remembers).</param>
    public static IReadOnlyList<Position> Find(
        IReadOnlyList<StoryDocument> documents, string question, IReadOnlyDictionary<string, string> duplicateOf, Func<StoryDocument, StanceReader, List<QuotedStance>>? read = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var reader = new StanceReader(question);
        if (!reader.IsUsable)
        {
            return [];
        }
        var ordered = documents.Where(d => !duplicateOf.ContainsKey(d.Id))
            .OrderBy(d => d.Article.Published?.Date ?? DateOnly.MaxValue).ThenBy(d => d.Index).ToList();
        // Each article's quotes on the question, read on all cores; gathered in publication order after.
        read ??= Read;
        var quoted = new List<QuotedStance>[ordered.Count];
        Parallel.For(0, ordered.Count, i => quoted[i] = read(ordered[i], reader));
        var byActor = new Dictionary<string, List<(string Stance, Evidence Evidence, int Order)>>(StringComparer.Ordinal);
        int order = 0;
        foreach (var (actor, stance, evidence) in quoted.SelectMany(r => r))
        {
            if (!byActor.TryGetValue(actor, out var list))
            {
                byActor.Add(actor, list = []);
            }
            list.Add((stance, evidence, order++));
        }

        var positions = new List<Position>(byActor.Count);
        foreach (var (actor, quotes) in byActor)
        {
            var taking = quotes.Where(q => q.Stance != Stances.Neutral).ToList();
            string stance = taking.Count == 0
                ? Stances.Neutral
                : taking.GroupBy(q => q.Stance, StringComparer.Ordinal)
                    .OrderByDescending(g => g.Count())
                    .ThenByDescending(g => g.Max(q => q.Order))
                    .First().Key;
            positions.Add(new Position(actor, question, stance, [.. quotes.Where(q => q.Stance == stance || stance == Stances.Neutral).Select(q => q.Evidence)]));
        }
        return [.. positions.OrderByDescending(p => p.Evidence.Count).ThenBy(p => p.Entity, StringComparer.Ordinal)];
    }

    /// <summary>The stance of each quote of <paramref name="doc"/> that is about the question, with its speaker.</summary>
    public static List<QuotedStance> Read(StoryDocument doc, StanceReader reader)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(reader);
        var found = new List<QuotedStance>();
        foreach (QuoteDigest quote in doc.Digest.Quotes)
        {
            if (quote.Speaker is not { } speaker)
            {
                continue;
            }
            if (reader.IsAbout(quote.Around))
            {
                found.Add(new QuotedStance(doc.EntityId(speaker), reader.Read(quote.Words, quote.Verb), new Evidence(doc.Id, quote.Start, quote.End)));
            }
        }
        return found;
    }
}
