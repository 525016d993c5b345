
namespace Marsad.Training.Entities.Conll;

/// <summary>
/// Reads CoNLL-style files: one token per line, its tag column(s) last, a blank line between sentences.
/// Columns are split on the last whitespace because ANERcorp has tokens that contain a space.
/// </summary>
public static class ConllReader
{
    private const string DocumentStart = "-DOCSTART-";

    /// <summary>Reads sentences lazily; a malformed line throws <see cref="ConllFormatException"/> when reached.</summary>
    public static IEnumerable<ConllSentence> Read(TextReader reader, ConllColumns columns = ConllColumns.Auto)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return ReadCore(reader, columns);
    }

    private static IEnumerable<ConllSentence> ReadCore(TextReader reader, ConllColumns columns)
    {
        var tokens = new List<ConllToken>();
        int lineNumber = 0;
        while (reader.ReadLine() is { } raw)
        {
            lineNumber++;
            string line = raw.TrimEnd();
            if (line.Length == 0 || line.StartsWith(DocumentStart, StringComparison.Ordinal))
            {
                // A document start is a boundary too, whether or not a blank line follows it.
                if (tokens.Count > 0)
                {
                    yield return new ConllSentence(tokens);
                    tokens = [];
                }

                continue;
            }

            if (columns == ConllColumns.Auto)
            {
                columns = LooksLikeThreeColumns(line) ? ConllColumns.TokenGoldPredicted : ConllColumns.TokenTag;
            }

            tokens.Add(ParseLine(line, columns, lineNumber));
        }

        if (tokens.Count > 0)
        {
            yield return new ConllSentence(tokens);
        }
    }

    private static ConllToken ParseLine(string line, ConllColumns columns, int lineNumber)
    {
        string rest = SplitLast(line, out string last)
            ?? throw new ConllFormatException(lineNumber, $"expected a token and a tag, found \"{line}\"");
        string? predicted = null;
        string gold = last;
        if (columns == ConllColumns.TokenGoldPredicted)
        {
            predicted = last;
            rest = SplitLast(rest, out gold)
                ?? throw new ConllFormatException(lineNumber, $"expected a token, a gold tag and a predicted tag, found \"{line}\"");
        }

        string text = rest.Trim();
        if (text.Length == 0)
        {
            throw new ConllFormatException(lineNumber, $"the token is empty in \"{line}\"");
        }

        RequireTag(gold, lineNumber, columns == ConllColumns.TokenTag ? "tag" : "gold tag");
        if (predicted is not null)
        {
            RequireTag(predicted, lineNumber, "predicted tag");
        }

        return new ConllToken(text, gold, predicted);
    }

    private static void RequireTag(string tag, int lineNumber, string column)
    {
        if (!ConllTag.IsValid(tag))
        {
            throw new ConllFormatException(lineNumber, $"the {column} \"{tag}\" is not O or B-/I-/E-/S- followed by a type");
        }
    }

    private static bool LooksLikeThreeColumns(string line)
    {
        string? rest = SplitLast(line, out string last);
        if (rest is null || !ConllTag.IsValid(last))
        {
            return false;
        }

        rest = SplitLast(rest, out string middle);
        return rest is not null && rest.Trim().Length > 0 && ConllTag.IsValid(middle);
    }

    /// <summary>Returns what precedes the last field (right-trimmed), or null when there is only one field.</summary>
    private static string? SplitLast(string line, out string last)
    {
        string trimmed = line.TrimEnd();
        int space = trimmed.Length - 1;
        while (space >= 0 && !char.IsWhiteSpace(trimmed[space]))
        {
            space--;
        }

        last = trimmed[(space + 1)..];
        if (space < 0)
        {
            return null;
        }

        return trimmed[..space].TrimEnd();
    }
}
