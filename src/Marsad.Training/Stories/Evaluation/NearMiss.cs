namespace Marsad.Training.Stories.Evaluation;

/// <summary>Two articles of one day and one kind of event that report different events.</summary>
public sealed record NearMiss(string Id, string Split, string Kind, string Date, string A, string B);
