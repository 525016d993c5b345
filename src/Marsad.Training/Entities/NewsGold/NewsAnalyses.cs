using Marsad.Core.Analysis;
using Marsad.Core.Documents;
using Marsad.Extraction.Analysis;
using Marsad.Training.Corpora;

namespace Marsad.Training.Entities.NewsGold;

/// <summary>
/// The analyses a <see cref="NewsScorer"/> scores: each labelled article read from its corpus and
/// analysed with its text as it stands there (no furniture removed), since that is the text the
/// labels' offsets are into.
/// </summary>
public static class NewsAnalyses
{
    /// <exception cref="InvalidDataException">A labelled article is in none of <paramref name="corpora"/>.</exception>
    public static Dictionary<string, DocumentAnalysis> Of(NewsGoldSet gold, IReadOnlyList<string> corpora, ArticleAnalyzer analyzer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(corpora);
        ArgumentNullException.ThrowIfNull(analyzer);
        var wanted = new HashSet<string>(gold.Documents, StringComparer.Ordinal);
        var analyses = new Dictionary<string, DocumentAnalysis>(StringComparer.Ordinal);
        foreach (var raw in UnlabelledArticles.Read(corpora, cancellationToken))
        {
            if (raw is { Id: { } id } && wanted.Contains(id) && !analyses.ContainsKey(id))
            {
                analyses[id] = analyzer.Analyze(new Article(id, raw.Location, raw.Title, raw.Body, raw.Author, raw.Outlet, null, raw.Url));
            }
        }
        if (wanted.Except(analyses.Keys).Order(StringComparer.Ordinal).FirstOrDefault() is { } absent)
        {
            throw new InvalidDataException($"The labelled article '{absent}' is in none of the corpora given.");
        }
        return analyses;
    }
}
