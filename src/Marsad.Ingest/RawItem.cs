using Marsad.Core.Documents;

namespace Marsad.Ingest;

/// <summary>What the read stage yields: a document to clean, or the reason an input has none.</summary>
public readonly record struct RawItem
{
    private RawItem(RawDocument? document, InputProblem? problem)
    {
        Document = document;
        Problem = problem;
    }

    public RawDocument? Document { get; }

    public InputProblem? Problem { get; }

    public static RawItem Ok(RawDocument document) => new(document, null);

    public static RawItem Failed(string location, string reason) => new(null, new InputProblem(location, reason));
}
