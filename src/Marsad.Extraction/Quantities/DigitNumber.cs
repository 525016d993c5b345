using System.Globalization;

namespace Marsad.Extraction.Quantities;

/// <summary>
/// Reads a number written in digits (Western or Arabic-Indic, already folded to ASCII by the
/// normaliser, with ٫ and ٬ folded to '.' and ','). A separator followed by exactly three digits
/// is a thousands separator ("2,500", "2.500", "1.234.567"), since counts of soldiers or dollars
/// are whole; it is a decimal point when the original used the Arabic decimal sign ٫, when the
/// integer part is 0, or when a scale word follows ("2.500 مليون" is 2.5 million). Any other single
/// separator is a decimal point ("2.5", and the Maghrebi comma "1,5").
/// </summary>
internal static class DigitNumber
{
    /// <summary>More digits than this in one run is a phone, account or reference number.</summary>
    private const int MaxPlainDigits = 7;

    public static bool TryParse(ReadOnlySpan<char> digits, bool arabicDecimalSign, bool scaleFollows, out double value)
    {
        value = 0;
        int dots = digits.Count('.');
        int commas = digits.Count(',');
        if (dots + commas == 0)
        {
            // A leading zero (07701234567, 0123) marks a code, not a count.
            if (digits.Length > MaxPlainDigits || (digits.Length > 1 && digits[0] == '0'))
            {
                return false;
            }

            return double.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value);
        }

        if (dots > 0 && commas > 0)
        {
            // 1,234.5 or 1.234,5: the last separator is the decimal point, the other groups thousands.
            char decimalMark = digits.LastIndexOfAny('.', ',') is int at && digits[at] == '.' ? '.' : ',';
            char groupMark = decimalMark == '.' ? ',' : '.';
            return TryGrouped(digits, groupMark, decimalMark, out value);
        }

        char mark = dots > 0 ? '.' : ',';
        int count = dots + commas;
        int last = digits.LastIndexOf(mark);
        bool threeAfter = digits.Length - last - 1 == 3;
        if (count > 1)
        {
            return TryGrouped(digits, mark, '\0', out value);
        }

        bool thousands = threeAfter && !arabicDecimalSign && !(digits[0] == '0' && last == 1) && !(mark == '.' && scaleFollows);
        return thousands
            ? TryGrouped(digits, mark, '\0', out value)
            : double.TryParse(digits.ToString().Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Digits in groups of three after the first, with an optional decimal part.</summary>
    private static bool TryGrouped(ReadOnlySpan<char> digits, char groupMark, char decimalMark, out double value)
    {
        value = 0;
        int end = decimalMark == '\0' ? digits.Length : digits.LastIndexOf(decimalMark);
        ReadOnlySpan<char> whole = digits[..end];
        Span<char> plain = stackalloc char[digits.Length];
        int n = 0;
        int group = 0;
        bool first = true;
        foreach (char c in whole)
        {
            if (c == groupMark)
            {
                if ((first ? group is < 1 or > 3 : group != 3))
                {
                    return false;
                }

                first = false;
                group = 0;
                continue;
            }

            plain[n++] = c;
            group++;
        }

        if (!first && group != 3)
        {
            return false;
        }

        if (end < digits.Length)
        {
            plain[n++] = '.';
            foreach (char c in digits[(end + 1)..])
            {
                plain[n++] = c;
            }
        }

        return double.TryParse(plain[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }
}
