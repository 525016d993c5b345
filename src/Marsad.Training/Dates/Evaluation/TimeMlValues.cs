
namespace Marsad.Training.Dates.Evaluation;

/// <summary>Small checks on TimeML values and texts shared by the reader and the scorer.</summary>
internal static class TimeMlValues
{
    /// <summary>YYYY, YYYY-MM or YYYY-MM-DD: the values Marsad writes (not PRESENT_REF, 2015-W52, 196 …).</summary>
    public static bool IsCalendar(string value) => value.Length switch
    {
        4 => AllDigits(value.AsSpan()),
        7 => AllDigits(value.AsSpan(0, 4)) && value[4] == '-' && AllDigits(value.AsSpan(5, 2)),
        10 => AllDigits(value.AsSpan(0, 4)) && value[4] == '-' && AllDigits(value.AsSpan(5, 2)) && value[7] == '-' && AllDigits(value.AsSpan(8, 2)),
        _ => false,
    };

    /// <summary>Whether four digits in a row (ASCII or Arabic-Indic) occur in <paramref name="text"/>.</summary>
    public static bool HasFourDigits(string text)
    {
        int run = 0;
        foreach (char c in text)
        {
            run = char.IsDigit(c) ? run + 1 : 0;
            if (run == 4)
            {
                return true;
            }
        }

        return false;
    }

    private static bool AllDigits(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
