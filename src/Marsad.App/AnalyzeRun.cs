using Marsad.Core.Documents;

namespace Marsad.App;

/// <summary>The outcome of one <c>analyze</c>, for the closing summary (and <c>--json</c>).</summary>
public sealed record AnalyzeRun(int Analyzed, int Stored, int FilesRead, IReadOnlyList<InputProblem> Problems, TimeSpan Elapsed)
{
    public double DocumentsPerSecond => Elapsed.TotalSeconds > 0 ? (Analyzed + Problems.Count) / Elapsed.TotalSeconds : 0;
}
