using System.Globalization;

namespace Marsad.Text.Tokenization;

/// <summary>A lookup table from every UTF-16 value to its <see cref="CharClass"/>, built once.</summary>
internal static class CharClasses
{
    private static readonly CharClass[] Table = Build();

    public static CharClass Of(char c) => Table[c];

    /// <summary>The whole table, for loops that keep it in a local.</summary>
    public static ReadOnlySpan<CharClass> All => Table;

    public static bool IsArabicBlock(char c) =>
        c is >= '\u0600' and <= '\u06FF'
          or >= '\u0750' and <= '\u077F'
          or >= '\u0870' and <= '\u08FF'
          or >= '\uFB50' and <= '\uFDFF'
          or >= '\uFE70' and <= '\uFEFF';

    private static CharClass[] Build()
    {
        var table = new CharClass[char.MaxValue + 1];
        for (int i = 0; i <= char.MaxValue; i++)
        {
            table[i] = Classify((char)i);
        }

        return table;
    }

    private static CharClass Classify(char c)
    {
        if (char.IsSurrogate(c))
        {
            return CharClass.Symbol;
        }

        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
                return IsArabicBlock(c) ? CharClass.ArabicLetter : CharClass.Letter;
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.EnclosingMark:
                return CharClass.Mark;
            case UnicodeCategory.DecimalDigitNumber:
                return CharClass.Digit;
            case UnicodeCategory.ConnectorPunctuation:
            case UnicodeCategory.DashPunctuation:
            case UnicodeCategory.OpenPunctuation:
            case UnicodeCategory.ClosePunctuation:
            case UnicodeCategory.InitialQuotePunctuation:
            case UnicodeCategory.FinalQuotePunctuation:
            case UnicodeCategory.OtherPunctuation:
                return CharClass.Punctuation;
            case UnicodeCategory.SpaceSeparator:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
                return CharClass.Space;
            default:
                return CharClass.Symbol;
        }
    }
}
