namespace Marsad.Text.Lexicons;

/// <summary>Which naming of the months a row of <see cref="MonthTable"/> gives.</summary>
public enum MonthCalendar
{
    /// <summary>Gregorian months in Arabic, every regional naming.</summary>
    Gregorian,

    /// <summary>Hijri (Islamic) months.</summary>
    Hijri,

    /// <summary>Gregorian months in English, as datelines print them.</summary>
    Latin,
}
