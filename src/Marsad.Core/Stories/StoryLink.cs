namespace Marsad.Core.Stories;

/// <summary>
/// One join that made a story (for <c>marsad why-story</c>): two articles of story
/// <paramref name="Story"/>, the link model's chance that they report one event (1 for a copy), and
/// what they share, as a reader checks it ("same kind: attack", "place: الكرادة", "1 day apart").
/// Together a story's links span its articles: every article is reached from every other.
/// </summary>
public sealed record StoryLink(string Story, string A, string B, double Chance, IReadOnlyList<string> Evidence);
