namespace Marsad.Core.Digests;

/// <summary>
/// The article's headline (its title, else its first sentence), its Arabic words, and the stems
/// that may head the collection's question: content words not in the name of one of its actors.
/// </summary>
public sealed record HeadlineDigest(string Text, IReadOnlyList<HeadlineWord> Words, IReadOnlyList<string> Heads);
