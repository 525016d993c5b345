using Marsad.Core.Analysis;
using Marsad.Extraction.Entities.Clusters;
using Marsad.Training.Entities.Evaluation;

namespace Marsad.Training.Entities.NewsGold;

/// <summary>
/// Scores analyses of the labelled articles against <see cref="NewsGoldSet"/>. A name is right when
/// its type is and its span is, give or take proclitic letters at its start (وبغداد: a span from
/// the و or from the ب is the same name). A statement is found when a quote's reporting word is the
/// labelled one (clitics aside) and the quote lies around it; its speaker is right when the quote's
/// speaker is named by the labelled name or a part of it (العوادي for باسم العوادي), or when both say
/// no one is named.
/// </summary>
public static class NewsScorer
{
    /// <summary>How far before a quote's words its reporting word may be (a long title and name between them), and how far after (a direct quote then قال).</summary>
    private const int VerbBefore = 250, VerbAfter = 80;

    public static NewsScore Score(NewsGoldSet gold, IReadOnlyDictionary<string, DocumentAnalysis> analyses)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(analyses);
        var counts = new Dictionary<EntityType, (int Gold, int Found, int Right)>();
        var errors = new List<string>();
        int statements = 0, found = 0, right = 0, quotes = 0, bodies = 0, bodiesRight = 0;
        foreach (string document in gold.Documents)
        {
            if (!analyses.TryGetValue(document, out DocumentAnalysis? analysis))
            {
                throw new ArgumentException($"No analysis of labelled article '{document}'.", nameof(analyses));
            }
            string text = analysis.Article.Text;
            var predicted = analysis.Mentions.Select(m => (m.Start, m.End, analysis.Entities[m.Entity].Type)).ToList();
            var used = new bool[predicted.Count];
            foreach (GoldMention mention in gold.Mentions.Where(m => m.Document == document))
            {
                Bump(counts, mention.Type, gold: 1);
                int at = Enumerable.Range(0, predicted.Count).FirstOrDefault(i => !used[i] && predicted[i].Type == mention.Type && SameSpan(text, mention.Start, mention.End, predicted[i].Start, predicted[i].End), -1);
                if (at >= 0)
                {
                    used[at] = true;
                    Bump(counts, mention.Type, right: 1);
                }
                else
                {
                    errors.Add($"{document}\tmissed\t{NewsScore.Name(mention.Type)}\t{mention.Start}\t{mention.Surface}");
                }
            }
            for (int i = 0; i < predicted.Count; i++)
            {
                Bump(counts, predicted[i].Type, found: 1);
                if (!used[i])
                {
                    errors.Add($"{document}\tspurious\t{NewsScore.Name(predicted[i].Type)}\t{predicted[i].Start}\t{text[predicted[i].Start..predicted[i].End]}");
                }
            }

            var taken = new bool[analysis.Quotes.Count];
            quotes += analysis.Quotes.Count;
            foreach (GoldStatement statement in gold.Statements.Where(s => s.Document == document))
            {
                statements++;
                int quote = -1, distance = int.MaxValue;
                for (int q = 0; q < analysis.Quotes.Count; q++)
                {
                    QuoteItem item = analysis.Quotes[q];
                    if (taken[q] || item.Cue is null || !SameWord(item.Cue, statement.Verb)
                        || statement.VerbStart < item.Start - VerbBefore || statement.VerbStart > item.End + VerbAfter)
                    {
                        continue;
                    }
                    int d = Math.Abs(statement.VerbStart - item.Start);
                    if (d < distance)
                    {
                        (quote, distance) = (q, d);
                    }
                }
                if (quote < 0)
                {
                    errors.Add($"{document}\tstatement not found\t{statement.VerbStart}\t{statement.Verb}\t{statement.Speaker ?? "NONE"}");
                    continue;
                }
                taken[quote] = true;
                found++;
                if (statement.SpeakerFor is { } body)
                {
                    bodies++;
                    LocalEntity? given = analysis.Quotes[quote].SpeakerFor is int b ? analysis.Entities[b] : null;
                    if (SameSpeaker(body, given))
                    {
                        bodiesRight++;
                    }
                    else
                    {
                        errors.Add($"{document}\twrong body\t{statement.VerbStart}\t{statement.Verb}\tgold {body}\tgiven {given?.Name ?? "NONE"}");
                    }
                }

                LocalEntity? speaker = analysis.Quotes[quote].Speaker is int s ? analysis.Entities[s] : null;
                if (SameSpeaker(statement.Speaker, speaker))
                {
                    right++;
                }
                else
                {
                    errors.Add($"{document}\twrong speaker\t{statement.VerbStart}\t{statement.Verb}\tgold {statement.Speaker ?? "NONE"}\tgiven {speaker?.Name ?? "NONE"}");
                }
            }

            for (int q = 0; q < analysis.Quotes.Count; q++)
            {
                if (!taken[q])
                {
                    QuoteItem item = analysis.Quotes[q];
                    errors.Add($"{document}\tunlabelled quote\t{item.Start}\t{item.Cue ?? "-"}\t{item.Text[..Math.Min(60, item.Text.Length)]}");
                }
            }
        }
        var types = counts.ToDictionary(p => p.Key, p => new ChunkScore(p.Value.Gold, p.Value.Found, p.Value.Right));
        var all = new ChunkScore(types.Values.Sum(s => s.Gold), types.Values.Sum(s => s.Predicted), types.Values.Sum(s => s.Correct));
        return new NewsScore(types, all, statements, found, right, quotes, errors) { Bodies = bodies, BodiesRight = bodiesRight };
    }

    /// <summary>Whether two spans name the same words: the same end, and starts apart only by proclitic letters (و ف ب ك ل, at most two).</summary>
    public static bool SameSpan(string text, int goldStart, int goldEnd, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (goldEnd != end)
        {
            return false;
        }
        int from = Math.Min(goldStart, start), to = Math.Max(goldStart, start);
        if (to - from > 2)
        {
            return false;
        }
        for (int i = from; i < to; i++)
        {
            if (text[i] is not ('و' or 'ف' or 'ب' or 'ك' or 'ل'))
            {
                return false;
            }
        }
        return true;
    }

    private static bool SameWord(string a, string b) => string.Equals(WordForms.Of(a).Base, WordForms.Of(b).Base, StringComparison.Ordinal);

    /// <summary>Whether the given speaker is the labelled one: all the words of one name are among the other's (bases folded), or neither names anyone.</summary>
    private static bool SameSpeaker(string? gold, LocalEntity? given)
    {
        if (gold is null || given is null)
        {
            return gold is null && given is null;
        }
        HashSet<string> goldWords = Words(gold);
        return given.Aliases.Prepend(given.Name).Any(name =>
        {
            HashSet<string> words = Words(name);
            return words.Count > 0 && (words.IsSubsetOf(goldWords) || goldWords.IsSubsetOf(words));
        });
    }

    private static HashSet<string> Words(string name) =>
        new(name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(w => WordForms.Of(w).Base).Where(w => w.Length > 0), StringComparer.Ordinal);

    private static void Bump(Dictionary<EntityType, (int Gold, int Found, int Right)> counts, EntityType type, int gold = 0, int found = 0, int right = 0)
    {
        var c = counts.GetValueOrDefault(type);
        counts[type] = (c.Gold + gold, c.Found + found, c.Right + right);
    }
}
