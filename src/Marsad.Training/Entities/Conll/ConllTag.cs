
namespace Marsad.Training.Entities.Conll;

/// <summary>Parses tags the way conlleval does: <c>PREFIX-TYPE</c>, or a bare tag such as <c>O</c> with no type.</summary>
internal static class ConllTag
{
    public const string Outside = "O";

    /// <summary>Splits on the first '-', as conlleval's <c>/^([^-]*)-(.*)$/</c> does.</summary>
    public static (string Prefix, string Type) Split(string tag)
    {
        int dash = tag.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? (tag, string.Empty) : (tag[..dash], tag[(dash + 1)..]);
    }

    /// <summary>
    /// True for <c>O</c> and for B/I/E/S followed by a type. Anything else in a tag column means the
    /// columns were misread (a token with a space, a missing column), so the reader rejects it.
    /// </summary>
    public static bool IsValid(string tag)
    {
        if (string.Equals(tag, Outside, StringComparison.Ordinal))
        {
            return true;
        }

        return tag.Length > 2
            && tag[1] == '-'
            && tag[0] is 'B' or 'I' or 'E' or 'S'
            && !tag.AsSpan(2).ContainsAny(" \t\r\n");
    }

    /// <summary>The tag with its type kept when it is in <paramref name="types"/>, otherwise <c>O</c>.</summary>
    public static string Restrict(string tag, IReadOnlySet<string>? types)
    {
        if (types is null)
        {
            return tag;
        }

        var (_, type) = Split(tag);
        return type.Length == 0 || types.Contains(type) ? tag : Outside;
    }
}
