using Marsad.Core.Stories;
using Marsad.Stories.Timeline;
using Marsad.Stories.Words;
using Marsad.Text.Tokenization;

namespace Marsad.Stories.Claims;

/// <summary>
/// A planned timeline entry as <see cref="DateConflicts"/> matches it across dates: its story, its
/// actors and places (ids and folded names, as the timeline compares them) and its head words —
/// the content stems of its sentences once names, dates, event words and framing words are taken
/// out, which is what tells one election or deadline from another when kind and actors agree.
/// </summary>
internal sealed record PlannedEvent(TimelineEntry Entry, int Order, string Story, EntityKeys Actors, IReadOnlySet<string> Head)
{
    /// <summary>Words that frame any plan and so tell no two apart (بحلول، المقرر، أعلن، موعد …).</summary>
    private static readonly HashSet<string> Framing = new(
        TopicWords.Stems(string.Join(' ', (string[])["بحلول", "مهلة", "خطة", "المقرر", "مقرر", "يعتزم", "تعتزم", "ينوي", "تنوي", "يخطط", "تخطط", "أعلن", "أعلنت",
            "قال", "قالت", "أكد", "أكدت", "أضاف", "أضافت", "موعد", "نهاية", "مطلع", "بداية", "منتصف", "أواخر", "أوائل", "عام",
            "شهر", "المقبل", "المقبلة", "القادم", "القادمة", "سوف", "يتوقع", "المتوقع", "مسؤول", "مصدر", "مصادر"]))
            // Function words the tokenizer leaves a conjunction on (ومن), and the words left of a blanked one (يكون → يك).
            .Concat(["ومن", "وفي", "في", "اذا", "غير", "يك", "ليس", "وان", "فان", "ولم", "ما", "كما"]),
        StringComparer.Ordinal);

    /// <summary>
    /// How many head words two sentences must share: two, so one common word (زعيم، قوات) does not
    /// join two meetings of one sentence; one when a sentence has fewer to give.
    /// </summary>
    private const int SharedHeadWords = 2;

    public static PlannedEvent Of(TimelineEntry entry, int order, IReadOnlyDictionary<string, StoryDocument> byId, IReadOnlyDictionary<string, string> storyOf)
    {
        string first = entry.Evidence[0].Document;
        string story = storyOf.TryGetValue(first, out string? s) ? "s:" + s : "d:" + first;
        var actors = new EntityKeys();
        var head = new HashSet<string>(StringComparer.Ordinal);
        foreach (Evidence evidence in entry.Evidence)
        {
            StoryDocument doc = byId[evidence.Document];
            actors.AddAll(EntityKeys.InSpan(doc, evidence.Start, evidence.End));
            head.UnionWith(TopicWords.Stems(WithoutNamesAndDates(doc, evidence)).Where(w => !Framing.Contains(w)));
        }

        return new PlannedEvent(entry, order, story, actors, head);
    }

    /// <summary>
    /// Whether the two tell of one planned event: one story and kind, no two different places, a
    /// shared actor (a plan nobody is named in is too vague to set against another), and shared head words — the kind alone does not
    /// tell the Moon–Trump meeting from the Kim–Trump summit that the same sentence goes on to name.
    /// </summary>
    public bool Meets(PlannedEvent other) =>
        string.Equals(Story, other.Story, StringComparison.Ordinal)
        && string.Equals(Entry.Kind, other.Entry.Kind, StringComparison.Ordinal)
        && !Actors.PlacesApart(other.Actors)
        && Actors.Overlaps(other.Actors)
        && Head.Count(other.Head.Contains) >= Math.Max(1, Math.Min(SharedHeadWords, Math.Min(Head.Count, other.Head.Count)));

    /// <summary>The sentence with its names and dates blanked out, so only the words about the event remain.</summary>
    private static string WithoutNamesAndDates(StoryDocument doc, Evidence evidence)
    {
        string text = doc.Article.Text;
        char[] copy = text[evidence.Start..evidence.End].ToCharArray();
        void Blank(int start, int end)
        {
            for (int i = Math.Max(start, evidence.Start); i < Math.Min(end, evidence.End); i++)
            {
                copy[i - evidence.Start] = ' ';
            }
        }

        foreach (var mention in doc.Analysis.Mentions)
        {
            Blank(mention.Start, mention.End);
        }

        foreach (var date in doc.Analysis.Dates)
        {
            Blank(date.Start, date.End);
        }

        // Event words too: every election sentence says انتخابات, so only the words around it tell two elections apart.
        foreach (Token token in ArabicTokenizer.Default.Tokenize(text[evidence.Start..evidence.End]))
        {
            if (WordForms.TryGet(TriggerLexicon.Lexicon, token, out _) || WordForms.TryGet(FutureMarkers.Lexicon, token, out _))
            {
                Blank(evidence.Start + token.Start, evidence.Start + token.End);
            }
        }

        return new string(copy);
    }
}
