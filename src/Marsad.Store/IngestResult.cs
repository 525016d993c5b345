namespace Marsad.Store;

/// <summary>What ingesting one batch did, article by article (in input order) and in total.</summary>
public sealed record IngestResult(IReadOnlyList<UpsertResult> Results)
{
    public int Added => Count(UpsertOutcome.Added);

    public int Updated => Count(UpsertOutcome.Updated);

    public int Unchanged => Count(UpsertOutcome.Unchanged);

    private int Count(UpsertOutcome outcome) => Results.Count(r => r.Outcome == outcome);
}
