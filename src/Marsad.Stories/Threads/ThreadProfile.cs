using Marsad.Core.Stories;

namespace Marsad.Stories.Threads;

/// <summary>
/// What one story is about over the long run, as a thread compares it: its central actors (those
/// its articles put forward: named in the headline or lead, or again and again, in at least half
/// of the story's articles; most central first) and its words (content-word stems counted over its
/// articles, ascending). Read from the story's articles alone, so a builder keeps it while the story
/// keeps its articles. Copies are left out: an outlet's copy makes nothing more central.
/// </summary>
internal sealed record ThreadProfile(string[] Central, ulong[] Terms, int[] Counts)
{
    /// <summary>At most this many central actors a story has.</summary>
    public const int MaxCentral = 8;

    /// <summary>An actor named this many times in an article is one it is about, even outside its lead.</summary>
    private const int ProminentMentions = 3;

    /// <param name="originals">The story's articles, copies left out.</param>
    public static ThreadProfile Of(IReadOnlyList<StoryDocument> originals)
    {
        ArgumentNullException.ThrowIfNull(originals);
        var prominent = new Dictionary<string, (int Documents, int Mentions)>(StringComparer.Ordinal);
        foreach (StoryDocument document in originals)
        {
            foreach ((string actor, int mentions) in Prominent(document))
            {
                (int d, int m) = prominent.GetValueOrDefault(actor);
                prominent[actor] = (d + 1, m + mentions);
            }
        }
        int half = Math.Max(1, (originals.Count + 1) / 2);
        string[] central = [.. prominent.Where(p => p.Value.Documents >= half)
            .OrderByDescending(p => p.Value.Documents).ThenByDescending(p => p.Value.Mentions).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(MaxCentral).Select(p => p.Key)];
        if (originals.Count == 1)
        {
            // Most stories are one article: its counted words are the story's, as they stand.
            var words = originals[0].Digest.Words;
            return new ThreadProfile(central, words.Terms, words.Counts);
        }
        var summed = new SortedDictionary<ulong, int>();
        foreach (StoryDocument document in originals)
        {
            var words = document.Digest.Words;
            for (int i = 0; i < words.Terms.Length; i++)
            {
                summed[words.Terms[i]] = summed.GetValueOrDefault(words.Terms[i]) + words.Counts[i];
            }
        }
        return new ThreadProfile(central, [.. summed.Keys], [.. summed.Values]);
    }

    /// <summary>The article's actors it puts forward, with how often it names each.</summary>
    private static IEnumerable<(string Actor, int Mentions)> Prominent(StoryDocument document)
    {
        var digest = document.Digest;
        int leadEnd = Grouping.EventProfile.LeadEnd(digest);
        var mentions = new Dictionary<int, int>();
        var lead = new HashSet<int>(digest.Headline.Entities);
        foreach (var mention in digest.Mentions)
        {
            mentions[mention.Entity] = mentions.GetValueOrDefault(mention.Entity) + 1;
            if (mention.Start < leadEnd && mention.Start >= digest.Dateline)
            {
                lead.Add(mention.Entity);
            }
        }
        return mentions
            .Where(m => m.Key >= 0 && m.Key < document.Entities.Count && !string.IsNullOrEmpty(document.Entities[m.Key])
                && (lead.Contains(m.Key) || m.Value >= ProminentMentions))
            .Select(m => (document.Entities[m.Key], m.Value))
            .GroupBy(m => m.Item1, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Sum(m => m.Item2)));
    }
}
