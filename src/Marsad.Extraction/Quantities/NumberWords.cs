using Marsad.Text.Lexicons;

namespace Marsad.Extraction.Quantities;

/// <summary>
/// Cardinal number words in the spellings of the press: masculine and feminine (ثلاث/ثلاثة),
/// nominative and oblique (ثلاثون/ثلاثين), مئة and مائة, hundreds written as one word or two
/// (ثلاثمئة، ثلاث مئة), duals of the scales (ألفين، مليونين، مئتين). Ordinals (الثاني، الخامس) are
/// deliberately absent. The words are the shared <see cref="NumberWordTable"/>'s. Keys are folded by <see cref="FoldedLexicon{T}"/>, so hamza and ة/ه variants
/// (مئه، ألف/الف) need no rows of their own.
/// </summary>
internal static class NumberWords
{
    public static FoldedLexicon<NumberWord> Lexicon { get; } = new(Entries());

    /// <summary>The word for ten that makes a teen after a unit (خمسة عشر، ثلاث عشرة).</summary>
    public static bool IsTeenTen(NumberWord word) => word is { Kind: NumberWordKind.Ones, Value: 10 };

    private static IEnumerable<KeyValuePair<string, NumberWord>> Entries()
    {
        string[] hundred = [.. NumberWordTable.Rows.Where(r => r is { Class: NumberWordClass.Hundred, Value: 100 }).SelectMany(r => r.Forms)];
        foreach (NumberWordRow row in NumberWordTable.Rows)
        {
            foreach (string w in row.Forms)
            {
                NumberWord? word = row.Class switch
                {
                    NumberWordClass.One or NumberWordClass.OneOf or NumberWordClass.Two => new(NumberWordKind.OneOrTwo, row.Value),
                    NumberWordClass.Unit => new(NumberWordKind.Ones, row.Value),
                    NumberWordClass.Ten => new(NumberWordKind.Tens, row.Value),
                    NumberWordClass.Hundred => new(NumberWordKind.Hundreds, row.Value),
                    NumberWordClass.Scale => new(NumberWordKind.Scale, row.Value, row.Value),
                    NumberWordClass.ScaleDual => new(NumberWordKind.Scale, 2 * row.Value, row.Value),
                    NumberWordClass.ScalePlural => new(NumberWordKind.ScalePlural, row.Value, row.Value),
                    NumberWordClass.Vague => new(NumberWordKind.Vague, row.Value),
                    _ => null,
                };
                if (word is { } entry)
                {
                    yield return KeyValuePair.Create(w, entry);
                }
            }

            // ثلاثمئة، ثلاثمائة، ثمانمئة، ثمانيمائة: the hundreds written as one word.
            if (row is { Class: NumberWordClass.Unit, Value: < 10 })
            {
                foreach (string w in row.Forms.Where(f => !f.EndsWith('ة')))
                {
                    foreach (string h in hundred)
                    {
                        yield return KeyValuePair.Create(w + h, new NumberWord(NumberWordKind.Hundreds, row.Value * 100));
                    }
                }
            }
        }
    }
}
