namespace Marsad.Core.Documents;

/// <summary>What reading one input yields: an article, or the reason there is none.</summary>
public readonly record struct IngestItem
{
    private IngestItem(Article? article, InputProblem? problem)
    {
        Article = article;
        Problem = problem;
    }

    public Article? Article { get; }

    public InputProblem? Problem { get; }

    public static IngestItem Ok(Article article) => new(article, null);

    public static IngestItem Failed(string location, string reason) => new(null, new InputProblem(location, reason));
}
