namespace Marsad.Ingest.Text;

/// <summary>Counts of Arabic letters, used to tell an Arabic article from anything else.</summary>
internal static class ArabicScript
{
    /// <summary>Below this share of Arabic among all letters a text is not an Arabic article.</summary>
    public const double MinArabicShare = 0.2;

    /// <summary>A handful of Arabic letters is a stray word, not an article.</summary>
    public const int MinArabicLetters = 10;

    public static bool IsArabicLetter(char c) =>
        c is (>= '\u0621' and <= '\u064A' and not '\u0640')
            or (>= '\u066E' and <= '\u06D3')
            or '\u06D5'
            or (>= '\u0750' and <= '\u077F')
            or (>= '\uFB50' and <= '\uFDFF')
            or (>= '\uFE70' and <= '\uFEFC');

    public static (int Arabic, int Letters) CountLetters(ReadOnlySpan<char> text)
    {
        var arabic = 0;
        var letters = 0;
        foreach (var c in text)
        {
            if (IsArabicLetter(c))
            {
                arabic++;
                letters++;
            }
            else if (char.IsLetter(c))
            {
                letters++;
            }
        }
        return (arabic, letters);
    }

    public static bool IsArabicText(ReadOnlySpan<char> text)
    {
        var (arabic, letters) = CountLetters(text);
        return arabic >= MinArabicLetters && arabic >= letters * MinArabicShare;
    }
}
