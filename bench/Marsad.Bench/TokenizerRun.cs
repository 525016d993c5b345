using Marsad.Text.Tokenization;

namespace Marsad.Bench;

/// <summary>Our normalise + tokenise (clitics split, offsets kept) over the same texts, one thread.</summary>
internal static class TokenizerRun
{
    /// <returns>The number of tokens, so the work cannot be optimised away.</returns>
    public static long Run(IReadOnlyList<string> texts)
    {
        var tokenizer = ArabicTokenizer.Default;
        var tokens = new List<Token>(4096);
        long count = 0;
        foreach (var text in texts)
        {
            tokens.Clear();
            tokenizer.Tokenize(text, tokens);
            count += tokens.Count;
        }
        return count;
    }
}
