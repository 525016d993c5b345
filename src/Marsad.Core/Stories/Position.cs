namespace Marsad.Core.Stories;

/// <summary>An actor's stance on the story's central question (<c>for</c>, <c>against</c>, <c>sceptical</c>, <c>neutral</c>), with the quotes that show it.</summary>
public sealed record Position(string Entity, string Question, string Stance, IReadOnlyList<Evidence> Evidence);
