namespace Marsad.Core.Documents;

/// <summary>
/// A reason one input could not become an article, in plain words for the person who gave it:
/// <c>news/a.jsonl#12: not JSON (unexpected character at position 3)</c>.
/// </summary>
/// <param name="Location">The file path, with <c>#line</c> for a line of a JSON Lines file.</param>
/// <param name="Reason">What is wrong, in plain words.</param>
public sealed record InputProblem(string Location, string Reason)
{
    public override string ToString() => $"{Location}: {Reason}";
}
