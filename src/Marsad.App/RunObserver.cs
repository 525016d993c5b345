using Marsad.Core.Documents;

namespace Marsad.App;

/// <summary>
/// Who hears about one run as it goes: the CLI prints, a web host streams, a worker logs. Passed
/// per run, so the pipeline itself holds no listeners and can serve many runs at once.
/// </summary>
/// <param name="Problem">Called once for every input that could not become an article (or whose analysis failed), as soon as it is known; the run goes on.</param>
/// <param name="Progress">Called after each batch with the number of inputs handled so far (articles and problems).</param>
public sealed record RunObserver(Action<InputProblem>? Problem = null, Action<int>? Progress = null)
{
    public static RunObserver None { get; } = new();
}
