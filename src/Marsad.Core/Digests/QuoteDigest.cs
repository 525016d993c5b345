namespace Marsad.Core.Digests;

/// <summary>
/// One quote as the positions stage reads it, without knowing the collection's question yet: its
/// span, its speaker (local entity index), the topic stems of the sentences that hold it (is it
/// about the question?), and its reported words and reporting verb folded (which side does it take?).
/// </summary>
public sealed record QuoteDigest(int Start, int End, int? Speaker, IReadOnlyList<string> Around, IReadOnlyList<string> Words, string Verb);
