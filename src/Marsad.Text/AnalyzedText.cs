using Marsad.Text.Normalization;
using Marsad.Text.Sentences;
using Marsad.Text.Tokenization;

namespace Marsad.Text;

/// <summary>
/// One article's text as every per-article stage reads it, built once: the text itself, its
/// search-folded copy with the map back to it (what patterns over folded words match, then cut
/// the original at), its tokens and its sentences. Offsets everywhere are UTF-16 indices into
/// <see cref="Text"/>. Immutable, so stages may run on it side by side.
/// </summary>
public sealed class AnalyzedText
{
    private readonly (int Start, int End)[] _sentences;

    private AnalyzedText(string text, NormalizedText folded, Token[] tokens, (int Start, int End)[] sentences)
    {
        Text = text;
        Folded = folded;
        _sentences = sentences;
        Tokens = Array.AsReadOnly(tokens);
        Sentences = Array.AsReadOnly(sentences);
    }

    /// <summary>The text as given.</summary>
    public string Text { get; }

    /// <summary>The text folded by <see cref="ArabicNormalizer.Search"/>, with the map back to <see cref="Text"/>.</summary>
    public NormalizedText Folded { get; }

    /// <summary>The tokens of <see cref="ArabicTokenizer.Default"/> (proclitics split), in order.</summary>
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>The sentence spans of <see cref="SentenceSplitter.Default"/>, in order, never overlapping.</summary>
    public IReadOnlyList<(int Start, int End)> Sentences { get; }

    /// <summary>Reads <paramref name="text"/> once: folds, tokenises and splits it.</summary>
    public static AnalyzedText Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        NormalizedText folded = ArabicNormalizer.Search.Normalize(text);
        var tokens = new List<Token>(text.Length / 5);
        ArabicTokenizer.Default.Tokenize(text, tokens);
        var sentences = new List<(int Start, int End)>(text.Length / 100 + 1);
        SentenceSplitter.Default.Split(text, sentences);
        return new AnalyzedText(text, folded, [.. tokens], [.. sentences]);
    }

    /// <summary>The text of one sentence.</summary>
    public ReadOnlySpan<char> SentenceText(int sentence)
    {
        (int start, int end) = _sentences[sentence];
        return Text.AsSpan(start, end - start);
    }
}
