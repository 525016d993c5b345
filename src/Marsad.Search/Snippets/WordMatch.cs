namespace Marsad.Search.Snippets;

/// <summary>A word of the article that matches query word <paramref name="Word"/>, at [Start, End) of the original text.</summary>
internal readonly record struct WordMatch(int Start, int End, int Word, bool Exact);
