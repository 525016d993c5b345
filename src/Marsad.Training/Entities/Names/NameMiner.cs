using Marsad.Extraction.Digests;
using Marsad.Extraction.Entities.Clusters;
using Marsad.Extraction.Entities.Recognition;
using Marsad.Text.Tokenization;

namespace Marsad.Training.Entities.Names;

/// <summary>
/// Mines the multi-word names of organisations, facilities and districts from unlabelled news:
/// runs of words headed by a word that heads such names (<see cref="CueLexicon.OrgHead"/>,
/// <see cref="CueLexicon.LocHead"/>: قاعدة, حشد, كتائب, مدينة …) and recurring across outlets.
/// Outlets agree on a name's words ("قاعدة عين الأسد") while what follows it varies, so a run is
/// kept where it stops being predictable: at least <see cref="NameMiningOptions.MinCount"/>
/// occurrences from <see cref="NameMiningOptions.MinOutlets"/> outlets, and no single next word
/// following it in most of them (else the longer run is the name and this one only its start).
/// The taggers get the result as a lexicon feature and learn how far to trust it: a list mined
/// from news holds generic phrases too (قوات الأمن), and only labelled data says what they are.
/// </summary>
public static class NameMiner
{
    public static IReadOnlyList<MinedName> Mine(IEnumerable<(string Outlet, string Text)> articles, NameMiningOptions options, TextWriter? log = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(options);
        var runs = new Dictionary<string, RunCount>(StringComparer.Ordinal);
        var outlets = new Dictionary<string, int>(StringComparer.Ordinal);
        var tokens = new List<Token>(1024);
        int read = 0;
        foreach ((string outlet, string text) in articles)
        {
            if (!outlets.TryGetValue(outlet, out int outletIndex))
            {
                outletIndex = outlets.Count;
                outlets[outlet] = outletIndex;
            }
            tokens.Clear();
            WordForms.Tokenizer.Tokenize(text, tokens);
            for (int i = 0; i < tokens.Count; i++)
            {
                if (Head(tokens[i]) is not { } head)
                {
                    continue;
                }
                string key = tokens[i].Base;
                for (int j = i + 1; j < tokens.Count && j - i < Gazetteer.MaxMinedWords; j++)
                {
                    if (!Continues(text, tokens[j - 1], tokens[j]))
                    {
                        break;
                    }
                    key += " " + tokens[j].Base;
                    ref RunCount run = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(runs, key, out bool exists);
                    if (!exists)
                    {
                        // As first written, clitics and all: for a reader of the mined list.
                        run = new RunCount(head, text[tokens[i].Start..tokens[j].End]);
                    }
                    run.Count++;
                    run.Outlets |= outletIndex < 64 ? 1UL << outletIndex : 0;
                }
            }
            if (++read % 5000 == 0)
            {
                log?.WriteLine($"{read} articles, {runs.Count} runs");
            }
        }

        // Each run's most frequent one-word extension: when it follows in most occurrences, the run
        // is the start of a longer name and not a name itself.
        var extension = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach ((string key, RunCount run) in runs)
        {
            int space = key.LastIndexOf(' ');
            if (run.Count >= options.MinCount && key.IndexOf(' ', StringComparison.Ordinal) < space)
            {
                string prefix = key[..space];
                extension[prefix] = Math.Max(extension.GetValueOrDefault(prefix), run.Count);
            }
        }

        var kept = new List<MinedName>();
        foreach ((string key, RunCount run) in runs)
        {
            int outletCount = System.Numerics.BitOperations.PopCount(run.Outlets);
            if (run.Count < options.MinCount || outletCount < options.MinOutlets)
            {
                continue;
            }
            if (extension.GetValueOrDefault(key) >= options.ExtensionShare * run.Count)
            {
                continue;
            }
            kept.Add(new MinedName(key, run.Head, run.Count, outletCount, run.Surface));
        }
        log?.WriteLine($"{read} articles, {runs.Count} runs, {kept.Count} names kept");
        return [.. kept.OrderByDescending(n => n.Count).ThenBy(n => n.Key, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Head words of names beyond the tagger's cue lexicon (which feeds a trained model, so it changes
    /// only with one): bodies and factions (حشد, عصائب, إطار, شرطة, كتلة), and facilities (ملعب, سجن).
    /// </summary>
    private static readonly Dictionary<string, int> MoreHeads = new[] { "حشد", "عصائب", "إطار", "شرطة", "فصيل", "فصائل", "كتلة", "تيار", "قيادة" }
        .Select(w => (Word: w, Head: Gazetteer.OrganisationHead))
        .Concat(new[] { "ملعب", "سجن", "جسر" }.Select(w => (Word: w, Head: Gazetteer.PlaceHead)))
        .ToDictionary(p => WordForms.Of(p.Word).Base, p => p.Head, StringComparer.Ordinal);

    /// <summary>The head kind of a word that heads names, or null.</summary>
    private static int? Head(in Token token)
    {
        if (token.Kind != TokenKind.ArabicWord)
        {
            return null;
        }
        int cues = CueLexicon.Of(token.Base);
        return (cues & CueLexicon.OrgHead) != 0 ? Gazetteer.OrganisationHead
            : (cues & CueLexicon.LocHead) != 0 ? Gazetteer.PlaceHead
            : MoreHeads.TryGetValue(token.Base, out int head) ? head : null;
    }

    /// <summary>
    /// Whether <paramref name="next"/> goes on the name that <paramref name="previous"/> is in: a
    /// word right after it (a space between, no punctuation), not a function word or a number, and
    /// not joined by "و" (a conjunction begins another phrase).
    /// </summary>
    private static bool Continues(string text, in Token previous, in Token next)
    {
        if (next.Kind != TokenKind.ArabicWord || next.Start - previous.End != 1 || text[previous.End] != ' ')
        {
            return false;
        }
        if (next.ProcliticLength > 0 && next.Normalized[0] is 'و' or 'ف')
        {
            return false;
        }
        return !StopWords.Contains(next.Normalized) && !StopWords.Contains(next.Base) && next.Base.Length > 1;
    }

    private struct RunCount(int head, string surface)
    {
        public int Head = head;
        public string Surface = surface;
        public int Count;
        public ulong Outlets;
    }
}
