namespace Marsad.Core.Digests;

/// <summary>
/// One sentence of an article (its span) with its topic stems, hashed, distinct and ascending
/// (<c>TopicWords.Stems</c>, <c>NormalizedWords.Hash</c> in Marsad.Text): what an extractive
/// summary compares across articles, read once when the article is analysed instead of on every
/// briefing. A view into its article's <see cref="SentenceTable"/>.
/// </summary>
public readonly record struct SentenceStems(int Start, int End, ReadOnlyMemory<ulong> Stems);
