namespace Marsad.Core.Digests;

/// <summary>
/// One event as one sentence of the article reports it: the sentence span (UTF-16 offsets into
/// the text), its kind (<see cref="EventKinds"/>) and date, whether the date is only the
/// publication date (a weaker reading), whether it is planned, and, for a planned one, its head
/// words: the content stems of the sentence once names, dates, event and framing words are out,
/// which tell one election or deadline from another across articles.
/// </summary>
public sealed record EventDigest(int Start, int End, string Kind, string Date, bool DateFromPublication, bool Planned, IReadOnlyList<string> Head);
