namespace Marsad.Search.Snippets;

/// <param name="Highlights">Spans into <paramref name="Text"/>, in order, not overlapping.</param>
internal sealed record Snippet(string Text, IReadOnlyList<TextSpan> Highlights);
