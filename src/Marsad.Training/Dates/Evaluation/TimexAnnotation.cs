
namespace Marsad.Training.Dates.Evaluation;

/// <summary>
/// One gold TIMEX3 of a TimeML file: its half-open span of the document's plain text, the text
/// itself, and its TimeML attributes (type DATE/TIME/DURATION/SET, normalised value, optional mod).
/// </summary>
public sealed record TimexAnnotation(int Start, int End, string Text, string Type, string Value, string? Mod)
{
    /// <summary>A DATE whose value is a calendar date in Marsad's formats (YYYY, YYYY-MM or YYYY-MM-DD).</summary>
    public bool IsCalendarDate => Type == "DATE" && TimeMlValues.IsCalendar(Value);

    /// <summary>A DATE whose text spells out its year in four digits ("11 سبتمبر 2001", "العام 1887", "1445 هـ").</summary>
    public bool NamesYear => Type == "DATE" && TimeMlValues.HasFourDigits(Text);
}
