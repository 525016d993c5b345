namespace Marsad.Search.Querying;

/// <summary>
/// Reads what a user types into a search box. Best effort, never an error: an unclosed quote
/// runs to the end, a dangling OR or minus is a word like any other.
/// </summary>
internal static class UserQueryParser
{
    /// <summary>The operator joining alternatives; upper case only, so the English word "or" stays a word.</summary>
    private const string Or = "OR";

    public static UserQuery Parse(string? input)
    {
        var groups = new List<QueryGroup>();
        if (string.IsNullOrWhiteSpace(input))
        {
            return new UserQuery(groups);
        }
        var joinNext = false;
        var position = 0;
        while (position < input.Length)
        {
            if (char.IsWhiteSpace(input[position]))
            {
                position++;
                continue;
            }
            var excluded = input[position] == '-' && position + 1 < input.Length && !char.IsWhiteSpace(input[position + 1]);
            if (excluded)
            {
                position++;
            }
            var item = ReadItem(input, ref position);
            if (item is null)
            {
                continue;
            }
            if (!excluded && !item.IsPhrase && string.Equals(item.Text, Or, StringComparison.Ordinal) && groups.Count > 0)
            {
                joinNext = true;
                continue;
            }
            if (joinNext && !excluded && groups[^1] is { Excluded: false } previous)
            {
                groups[^1] = previous with { Alternatives = [.. previous.Alternatives, item] };
            }
            else
            {
                groups.Add(new QueryGroup([item], excluded));
            }
            joinNext = false;
        }
        return new UserQuery(groups);
    }

    private static QueryItem? ReadItem(string input, ref int position)
    {
        if (IsQuote(input[position]))
        {
            var start = ++position;
            while (position < input.Length && !IsQuote(input[position]))
            {
                position++;
            }
            var phrase = input[start..position].Trim();
            position = Math.Min(position + 1, input.Length);
            return phrase.Length == 0 ? null : new QueryItem(phrase, IsPhrase: true);
        }
        var wordStart = position;
        while (position < input.Length && !char.IsWhiteSpace(input[position]) && !IsQuote(input[position]))
        {
            position++;
        }
        return position == wordStart ? null : new QueryItem(input[wordStart..position], IsPhrase: false);
    }

    /// <summary>Straight quotes and the typographic ones Arabic keyboards and word processors produce.</summary>
    private static bool IsQuote(char c) => c is '"' or '\u201C' or '\u201D' or '\u00AB' or '\u00BB';
}
