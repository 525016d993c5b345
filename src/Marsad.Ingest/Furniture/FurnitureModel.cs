using System.Collections.Frozen;

namespace Marsad.Ingest.Furniture;

/// <summary>
/// Boilerplate learned from the corpora by <c>marsad train furniture</c> (Marsad.Training's <c>FurnitureTrainer</c>): whole lines
/// ("يمكنكم استلام إشعارات بأهم الموضوعات…") and labels that start furniture lines
/// ("رابط الخبر بصحيفة الوئام:"), both as <c>LineKey</c> keys. Loaded once, immutable,
/// shared by all threads; cleaning one article never depends on what else is in the batch.
/// </summary>
public sealed class FurnitureModel
{
    private const string ResourceName = "Marsad.Ingest.Resources.furniture.v1.tsv";

    private static readonly Lazy<FurnitureModel> LazyDefault = new(LoadDefault);

    private readonly FrozenSet<string> lines;
    private readonly FrozenSet<string> prefixes;

    private FurnitureModel(string version, FrozenSet<string> lines, FrozenSet<string> prefixes)
    {
        Version = version;
        this.lines = lines;
        this.prefixes = prefixes;
    }

    /// <summary>The model shipped with Marsad, loaded once.</summary>
    public static FurnitureModel Default => LazyDefault.Value;

    /// <summary>No learned lines: only the general rules apply.</summary>
    public static FurnitureModel Empty { get; } = new("empty", FrozenSet<string>.Empty, FrozenSet<string>.Empty);

    /// <summary>The version named in the resource's header (<c># marsad-furniture v1</c>).</summary>
    public string Version { get; }

    public int LineCount => lines.Count;

    public int PrefixCount => prefixes.Count;

    /// <summary>Reads the model embedded in the assembly.</summary>
    public static FurnitureModel LoadDefault()
    {
        using var stream = typeof(FurnitureModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Load(reader);
    }

    /// <summary>Reads a model written by <c>marsad train furniture</c>.</summary>
    public static FurnitureModel Load(TextReader reader)
    {
        var version = "unversioned";
        var lineKeys = new List<string>();
        var prefixKeys = new List<string>();
        while (reader.ReadLine() is { } row)
        {
            if (row.StartsWith('#'))
            {
                if (row.StartsWith(FurnitureTsv.VersionPrefix, StringComparison.Ordinal))
                {
                    version = row[FurnitureTsv.VersionPrefix.Length..].Trim();
                }
                continue;
            }
            var cells = row.Split('\t');
            if (cells.Length < 2 || cells[1].Length == 0)
            {
                continue;
            }
            switch (cells[0])
            {
                case FurnitureTsv.LineKind:
                    lineKeys.Add(cells[1]);
                    break;
                case FurnitureTsv.PrefixKind:
                    prefixKeys.Add(cells[1]);
                    break;
                default:
                    break;
            }
        }
        return new FurnitureModel(version, lineKeys.ToFrozenSet(StringComparer.Ordinal), prefixKeys.ToFrozenSet(StringComparer.Ordinal));
    }

    internal bool ContainsLine(string key) => lines.Contains(key);

    internal bool ContainsPrefix(string key) => prefixes.Contains(key);
}
