namespace Marsad.Training.Stories.Evaluation;

/// <summary>The stance Marsad read for one labelled quote, what it read it from, and the words and reporting verb read (for listing errors).</summary>
/// <param name="Verb">The folded reporting verb read with the quote; empty when none.</param>
public sealed record StancePrediction(GoldStance Gold, string Predicted, StanceMatch Match, string Quote, string Verb = "");
