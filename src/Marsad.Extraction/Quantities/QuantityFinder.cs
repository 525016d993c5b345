using Marsad.Text.Tokenization;

namespace Marsad.Extraction.Quantities;

/// <summary>
/// Finds counted quantities in Arabic news text — "أكثر من 2500 جندي أميركي", "نحو ثلاثة آلاف
/// عسكري", "عشرات القتلى", "25 في المئة", "2.5 مليار دولار" — with their value, unit, approximation,
/// bound and a hint of whose count it is. One pass over the tokens; pure and thread-safe.
/// </summary>
/// <remarks>
/// A number becomes a quantity only with something it counts: a noun after it, or a percent.
/// Years, dates, times, labels (القرار 2231), ordinals and bare numbers are left alone. Vague plurals
/// get ACLED's values (عشرات 10, مئات 100, آلاف 1000, بضعة 3) and are approximate. Dual nouns
/// (جنديين) are not read as 2: a noun ending in ـين/ـان is far more often a plural or a name; the
/// duals of number words are numbers (ألفين 2000, مليوني 2 000 000, مئتين 200). The unit is the
/// noun as written minus its conjunction/preposition clitics and diacritics, with its article
/// kept (والجنود → الجنود). A separator before exactly three digits groups thousands ("2.500" is
/// 2500) unless a scale word follows, the sign was ٫, or the integer part is 0.
/// </remarks>
public static class QuantityFinder
{
    /// <summary>Quantities in <paramref name="text"/>, in order of position, never overlapping.</summary>
    public static IReadOnlyList<QuantityMention> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>();
        ArabicTokenizer.Default.Tokenize(text, tokens);
        return Find(text, tokens);
    }

    /// <summary>
    /// The same, over tokens the caller already has (from an <see cref="ArabicTokenizer"/>, offsets
    /// into <paramref name="text"/>), so a pipeline tokenises an article once.
    /// </summary>
    public static IReadOnlyList<QuantityMention> Find(string text, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var mentions = new List<QuantityMention>();
        for (int i = 0; i < tokens.Count; i++)
        {
            Token token = tokens[i];
            bool percentFirst = TokenWords.IsPunctuation(token, '%') && i + 1 < tokens.Count
                && tokens[i + 1].Kind == TokenKind.Number && tokens[i + 1].Start == token.End;
            if (!percentFirst && token.Kind != TokenKind.Number && !NumberPhraseReader.TryWord(token, out _, out _))
            {
                continue;
            }

            if (QuantityReader.Read(tokens, i, percentFirst, text) is { } found)
            {
                mentions.Add(found.Mention);
                i = found.Last;
            }
        }

        return mentions;
    }
}
