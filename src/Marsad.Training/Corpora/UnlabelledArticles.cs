using Marsad.Ingest;
using Marsad.Ingest.Furniture;

namespace Marsad.Training.Corpora;

/// <summary>
/// The readable articles of corpora as read, before any cleaning: what every learner of resources
/// and every scorer of hand labels reads (the furniture model is itself learned from such
/// corpora, and labels are offsets into the text as it stands there); unreadable items are skipped.
/// </summary>
public static class UnlabelledArticles
{
    public static IEnumerable<RawDocument> Read(IReadOnlyList<string> paths, CancellationToken cancellationToken = default) =>
        new ArticleReader(IngestOptions.Default with { Furniture = FurnitureModel.Empty })
            .ReadRaw(paths, null, cancellationToken)
            .Where(item => item.Document is not null)
            .Select(item => item.Document!);
}
