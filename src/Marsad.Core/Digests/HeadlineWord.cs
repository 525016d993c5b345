namespace Marsad.Core.Digests;

/// <summary>A headline word: its topic stem (empty for a function word), its span in the headline, and whether punctuation came before it.</summary>
public readonly record struct HeadlineWord(string Stem, int Start, int End, bool AfterBreak);
