namespace Marsad.Core.Digests;

/// <summary>
/// One count the article states about a fact the stories compare (its dead, its troops …), as read
/// from the article alone: the sentence (UTF-16 offsets), the fact's key (<c>killed</c>,
/// <c>troops</c> …), the value and the range its wording allows (<see cref="High"/> null for "at
/// least", open above), the date it holds as of, and its subject's local entity index when it has
/// one. In the article's order, before the collection keeps one per fact, subject and day.
/// </summary>
public sealed record CountDigest(int Start, int End, string Fact, double Value, double Low, double? High, string? AsOf, int? Subject);
