using Marsad.Ingest.Furniture;
using Marsad.Ingest.Outlets;

namespace Marsad.Ingest;

/// <summary>Settings for reading and cleaning; validated once when a reader or cleaner is built.</summary>
public sealed record IngestOptions
{
    /// <summary>20 MB: far above any real article, low enough that one bad input cannot exhaust memory.</summary>
    public const long DefaultMaxArticleBytes = 20L * 1024 * 1024;

    public static IngestOptions Default { get; } = new();

    /// <summary>The largest single article (a file, a JSON Lines line) read; larger ones are reported and skipped.</summary>
    public long MaxArticleBytes { get; init; } = DefaultMaxArticleBytes;

    /// <summary>Outlet names and domains; <see cref="OutletTable.Default"/> unless the user extends it.</summary>
    public OutletTable Outlets { get; init; } = OutletTable.Default;

    /// <summary>Learned boilerplate lines; <see cref="FurnitureModel.Default"/> unless another is given.</summary>
    public FurnitureModel Furniture { get; init; } = FurnitureModel.Default;

    internal void Validate()
    {
        if (MaxArticleBytes <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxArticleBytes), MaxArticleBytes, "The article size limit must be positive.");
        }
        ArgumentNullException.ThrowIfNull(Outlets);
        ArgumentNullException.ThrowIfNull(Furniture);
    }
}
