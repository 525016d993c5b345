namespace Marsad.Text.Lexicons;

/// <summary>Builds a <see cref="FoldedLexicon{T}"/> used as a set of words.</summary>
public static class FoldedSet
{
    public static FoldedLexicon<bool> Of(params IEnumerable<string>[] lists) =>
        new(lists.SelectMany(l => l).Select(w => KeyValuePair.Create(w, true)));
}
