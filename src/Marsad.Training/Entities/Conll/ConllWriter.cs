
namespace Marsad.Training.Entities.Conll;

/// <summary>
/// Writes <c>token GOLD PREDICTED</c> lines with a blank line after each sentence, the input that
/// conlleval and <see cref="Evaluation.ChunkScorer"/> score.
/// </summary>
public static class ConllWriter
{
    /// <summary>Throws <see cref="ArgumentException"/> for a token the reader could not read back.</summary>
    public static void Write(TextWriter writer, IEnumerable<ConllSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(sentences);
        foreach (var sentence in sentences)
        {
            if (sentence.Tokens.Count == 0)
            {
                // An empty sentence would be an extra blank line, which the reader drops anyway.
                continue;
            }

            foreach (var token in sentence.Tokens)
            {
                Validate(token);
                writer.Write(token.Text);
                writer.Write(' ');
                writer.Write(token.Gold);
                writer.Write(' ');
                writer.Write(token.Predicted);
                // '\n', not Environment.NewLine: the file must be the same on every OS.
                writer.Write('\n');
            }

            writer.Write('\n');
        }
    }

    private static void Validate(ConllToken token)
    {
        if (token.Predicted is null)
        {
            throw new ArgumentException($"token \"{token.Text}\" has no predicted tag", nameof(token));
        }

        string text = token.Text;
        if (text.Length == 0 || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])
            || text.AsSpan().ContainsAny('\r', '\n') || text.StartsWith("-DOCSTART-", StringComparison.Ordinal))
        {
            throw new ArgumentException($"token \"{text}\" cannot be written on one CoNLL line", nameof(token));
        }

        if (!ConllTag.IsValid(token.Gold) || !ConllTag.IsValid(token.Predicted))
        {
            throw new ArgumentException($"token \"{text}\" has an invalid tag (\"{token.Gold}\", \"{token.Predicted}\")", nameof(token));
        }
    }
}
