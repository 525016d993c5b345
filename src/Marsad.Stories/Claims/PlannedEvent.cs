using Marsad.Stories.Model;
using Marsad.Stories.Timeline;
using Marsad.Stories.Words;

namespace Marsad.Stories.Claims;

/// <summary>
/// A planned timeline entry as <see cref="DateConflicts"/> matches it across dates: its story, its
/// actors and places (ids and folded names, as the timeline compares them) and its head words —
/// the content stems of its sentences once names, dates and framing words are taken out, which is
/// what tells one deadline from another when the kind alone (a deadline, a plan) says little.
/// </summary>
internal sealed record PlannedEvent(TimelineEntry Entry, int Order, string Story, EntityKeys Actors, IReadOnlySet<string> Head)
{
    /// <summary>Words that frame any plan and so tell no two apart (بحلول، المقرر، أعلن، موعد …).</summary>
    private static readonly HashSet<string> Framing = new(
        TopicWords.Stems(string.Join(' ', (string[])["بحلول", "مهلة", "خطة", "المقرر", "مقرر", "يعتزم", "تعتزم", "ينوي", "تنوي", "يخطط", "تخطط", "أعلن", "أعلنت",
            "قال", "قالت", "أكد", "أكدت", "أضاف", "أضافت", "موعد", "نهاية", "مطلع", "بداية", "منتصف", "أواخر", "أوائل", "عام",
            "شهر", "المقبل", "المقبلة", "القادم", "القادمة", "سوف", "يتوقع", "المتوقع", "مسؤول", "مصدر", "مصادر"])),
        StringComparer.Ordinal);

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
    /// shared actor (or, when either names none, a shared head word), and a shared head word
    /// wherever the kind only frames the event (a deadline, a plan).
    /// </summary>
    public bool Meets(PlannedEvent other)
    {
        if (!string.Equals(Story, other.Story, StringComparison.Ordinal) || !string.Equals(Entry.Kind, other.Entry.Kind, StringComparison.Ordinal)
            || Actors.PlacesApart(other.Actors))
        {
            return false;
        }

        bool sharedHead = Head.Overlaps(other.Head);
        bool actors = Actors.IsEmpty || other.Actors.IsEmpty ? sharedHead : Actors.Overlaps(other.Actors);
        return actors && (sharedHead || !EventKinds.IsFraming(Entry.Kind!));
    }

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

        return new string(copy);
    }
}
