namespace Marsad.Stories.Positions;

/// <summary>
/// One quote's stance on a question, read as the positions stage reads each quote; the entry point
/// for callers outside the story stages (the stance evaluation), which keeps <see cref="StanceReader"/> internal.
/// </summary>
public static class StanceReading
{
    /// <summary>The stance of a quote given as a digest keeps it: its folded words and folded reporting verb (empty when none).</summary>
    public static string Read(string question, IReadOnlyList<string> foldedWords, string verb) =>
        new StanceReader(question).Read(foldedWords, verb);

    /// <summary>The stance of a quote given as plain words and, when known, its reporting verb as written.</summary>
    public static string Read(string question, string words, string? cue) =>
        new StanceReader(question).Read(words, cue);
}
