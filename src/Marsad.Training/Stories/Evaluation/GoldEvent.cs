namespace Marsad.Training.Stories.Evaluation;

/// <summary>One labelled event: the articles that report it.</summary>
public sealed record GoldEvent(string Id, string Split, string Kind, string Date, string Description, IReadOnlyList<string> Articles);
