using Marsad.Core.Analysis;
using Marsad.Extraction.Dates;

namespace Marsad.Training.Dates.Evaluation;

/// <summary>
/// Scores <see cref="DateFinder"/> against TimeML gold. A gold DATE counts as found when a mention
/// overlaps its span and carries exactly its value; span boundaries are not judged, because TimeML
/// and Marsad disagree by design on what belongs in the span (modifiers, "يوم", a trailing "م").
/// </summary>
/// <remarks>
/// The corpus carries no document creation time, so the anchor is a choice: by default none, and
/// <see cref="DateFinder"/> then anchors relative expressions on the first explicit full date of
/// each document (few have one, so relative golds mostly stay unresolved); a caller who knows the
/// collection's date may pass it as <c>published</c>. The year-named share does not depend on the
/// anchor except for listed or partial forms, which is why it is the headline figure.
/// </remarks>
public static class TimeMlScorer
{
    public static TimeMlScore Score(IReadOnlyList<TimeMlDocument> documents, DateOnly? published = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        int yearGold = 0, yearFound = 0, calendarGold = 0, calendarFound = 0, predicted = 0, outside = 0;
        var misses = new List<TimeMlMiss>();
        foreach (TimeMlDocument document in documents)
        {
            IReadOnlyList<DateMention> mentions = DateFinder.Find(document.Text, published);
            predicted += mentions.Count;
            outside += mentions.Count(m => !document.Timexes.Any(t => Overlaps(m, t)));
            foreach (TimexAnnotation gold in document.Timexes.Where(t => t.IsCalendarDate || t.NamesYear))
            {
                DateMention? overlapping = mentions.FirstOrDefault(m => Overlaps(m, gold) && m.Value == gold.Value)
                    ?? mentions.FirstOrDefault(m => Overlaps(m, gold));
                bool found = overlapping?.Value == gold.Value;
                if (gold.NamesYear)
                {
                    yearGold++;
                    yearFound += found ? 1 : 0;
                }

                if (gold.IsCalendarDate)
                {
                    calendarGold++;
                    calendarFound += found ? 1 : 0;
                }

                if (!found)
                {
                    misses.Add(new TimeMlMiss(document.Name, gold.Text, gold.Value, gold.NamesYear, overlapping?.Text, overlapping?.Value));
                }
            }
        }

        return new TimeMlScore(documents.Count, published, new TimeMlShare(yearGold, yearFound), new TimeMlShare(calendarGold, calendarFound), predicted, outside, misses);
    }

    private static bool Overlaps(DateMention mention, TimexAnnotation gold) => mention.Start < gold.End && gold.Start < mention.End;
}
