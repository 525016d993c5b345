namespace Marsad.Training.Stories.Evaluation;

/// <summary>What Marsad reads at one labelled quote: the folded words and reporting verb of its own quote over the slice (or the slice's words alone), how it found them, and the text read.</summary>
public sealed record StanceInput(GoldStance Gold, IReadOnlyList<string> Words, string Verb, StanceMatch Match, string Quote);
