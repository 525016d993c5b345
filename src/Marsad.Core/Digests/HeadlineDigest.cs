namespace Marsad.Core.Digests;

/// <summary>
/// The article's headline (its title, else its first sentence), its Arabic words, the stems that
/// may head the collection's question (content words not in the name of one of its actors), the
/// concrete kinds of event it names (<see cref="EventKinds"/>: an attack, a vote …) and the
/// article's actors it names (local entity indices): what the article is about, as its editor
/// put it, which tells one event from another better than the body's words.
/// </summary>
public sealed record HeadlineDigest(string Text, IReadOnlyList<HeadlineWord> Words, IReadOnlyList<string> Heads, IReadOnlyList<string> Kinds, IReadOnlyList<int> Entities)
{
    public static HeadlineDigest Empty { get; } = new(string.Empty, [], [], [], []);
}
