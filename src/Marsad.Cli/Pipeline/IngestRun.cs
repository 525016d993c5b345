using Marsad.Core.Documents;

namespace Marsad.Cli.Pipeline;

/// <summary>The outcome of one ingest, for the closing summary (and <c>--json</c>), and for the benchmark.</summary>
public sealed record IngestRun(
    int Added,
    int Updated,
    int Unchanged,
    int FilesRead,
    int FilesSkipped,
    IReadOnlyList<InputProblem> Problems,
    TimeSpan Elapsed)
{
    public int Stored => Added + Updated + Unchanged;

    public double DocumentsPerSecond => Elapsed.TotalSeconds > 0 ? (Stored + Problems.Count) / Elapsed.TotalSeconds : 0;
}
