namespace Marsad.Store;

/// <summary>What storing one article did.</summary>
/// <param name="Seq">The change sequence number the write got; 0 when <see cref="UpsertOutcome.Unchanged"/>.</param>
public readonly record struct UpsertResult(string Id, UpsertOutcome Outcome, long Seq);
