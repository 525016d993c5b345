
namespace Marsad.Training.Ingest.Furniture;

/// <summary>Thresholds for <see cref="FurnitureTrainer"/>; the defaults produced the shipped model.</summary>
public sealed record FurnitureTrainingOptions
{
    public static FurnitureTrainingOptions Default { get; } = new();

    /// <summary>A line must appear in at least this many different articles.</summary>
    public int MinArticles { get; init; } = 8;

    /// <summary>A line seen at only one outlet must appear in at least this many of its articles.</summary>
    public int MinSingleOutletArticles { get; init; } = 20;

    /// <summary>
    /// The longest line that may qualify by appearing at several outlets rather than often at one:
    /// a long sentence several outlets share is one agency story they all carried, not furniture.
    /// </summary>
    public int MaxSharedLineWords { get; init; } = 8;

    /// <summary>
    /// The share of a line's appearances among an article's first two or last three lines.
    /// Furniture sits at the edges; a sentence repeated by duplicate stories sits anywhere.
    /// </summary>
    public double MinEdgeShare { get; init; } = 0.6;

    /// <summary>A label ("رابط الخبر بصحيفة الوئام:") must start at least this many different lines.</summary>
    public int MinPrefixLines { get; init; } = 20;

    /// <summary>Lines behind a furniture label are notes and teasers, rarely full sentences.</summary>
    public double MaxPrefixSentenceShare { get; init; } = 0.3;

    /// <summary>Lines longer than this are prose and not counted.</summary>
    public int MaxLineWords { get; init; } = 25;

    /// <summary>Licence and credit lines written into the model's header.</summary>
    public IReadOnlyList<string> Credits { get; init; } =
    [
        "ANT corpus v2.1 (antcorpus/antcorpus.multisource.data): Chouigui, Ben Khiroun, Elayeb, ANT corpus: an Arabic news text collection for textual classification.",
        "SaudiNewsNet (Alshaabi et al.), licensed CC BY-NC-SA 4.0; this model is a derived work under the same licence.",
    ];
}
