using System.Globalization;
using System.Text;

namespace Marsad.Training.Dates.Evaluation;

/// <summary>
/// The figures of one TimeML run: the share of year-naming gold DATEs found with their exact value,
/// the same over every calendar-valued gold DATE, and how many of Marsad's mentions overlap no
/// gold TIMEX3 at all (a precision-like count: some are real dates the annotators left out).
/// </summary>
public sealed record TimeMlScore(
    int Documents,
    DateOnly? Published,
    TimeMlShare YearNamed,
    TimeMlShare Calendar,
    int Predicted,
    int PredictedOutsideGold,
    IReadOnlyList<TimeMlMiss> Misses)
{
    public override string ToString()
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"documents: {Documents}; anchor: {(Published is { } p ? p.ToString("yyyy-MM-dd", c) : "none (first explicit full date of each document)")}");
        text.AppendLine(c, $"year-named DATEs found with exact value: {YearNamed.Found}/{YearNamed.Gold} = {YearNamed.Share:F3}");
        text.AppendLine(c, $"calendar-valued DATEs found with exact value: {Calendar.Found}/{Calendar.Gold} = {Calendar.Share:F3}");
        text.AppendLine(c, $"Marsad mentions: {Predicted}; overlapping no gold TIMEX3: {PredictedOutsideGold}");
        return text.ToString();
    }
}
