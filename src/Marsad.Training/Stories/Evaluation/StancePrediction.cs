namespace Marsad.Training.Stories.Evaluation;

/// <summary>The stance Marsad read for one labelled quote, what it read it from, and the words read (for listing errors).</summary>
public sealed record StancePrediction(GoldStance Gold, string Predicted, StanceMatch Match, string Quote);
