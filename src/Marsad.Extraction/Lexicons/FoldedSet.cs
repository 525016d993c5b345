namespace Marsad.Extraction.Lexicons;

/// <summary>Builds a <see cref="FoldedLexicon{T}"/> used as a set of words.</summary>
internal static class FoldedSet
{
    public static FoldedLexicon<bool> Of(params IEnumerable<string>[] lists) =>
        new(lists.SelectMany(l => l).Select(w => KeyValuePair.Create(w, true)));
}
