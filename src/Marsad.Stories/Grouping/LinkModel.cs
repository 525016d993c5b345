using System.Globalization;

namespace Marsad.Stories.Grouping;

/// <summary>
/// The chance that two articles report one event, from what they share (<see cref="PairFeatures"/>):
/// a logistic model, its weights trained by <c>marsad train stories</c> on the dev half of the
/// hand-labelled ANT events and near misses, and shipped as <c>Resources/story-links.tsv</c>.
/// </summary>
public sealed class LinkModel
{
    private readonly double[] _weights;
    private readonly double _bias;

    /// <param name="linkThreshold">The chance of one event above which two articles link.</param>
    /// <param name="clusterThreshold">The mean chance across two partial stories (a sample of their cross pairs) that a link needs to join them.</param>
    public LinkModel(double bias, double[] weights, double linkThreshold = 0.5, double clusterThreshold = 0.35)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Length != PairFeatures.Names.Count)
        {
            throw new ArgumentException($"A link model has {PairFeatures.Names.Count} weights, not {weights.Length}.", nameof(weights));
        }
        _bias = bias;
        _weights = weights;
        LinkThreshold = linkThreshold;
        ClusterThreshold = clusterThreshold;
    }

    public double LinkThreshold { get; }

    public double ClusterThreshold { get; }

    /// <summary>The same weights with other thresholds.</summary>
    public LinkModel WithThresholds(double link, double cluster) => new(_bias, _weights, link, cluster);

    /// <summary>The shipped model.</summary>
    public static LinkModel Shipped { get; } = Load();

    public double Bias => _bias;

    public IReadOnlyList<double> Weights => _weights;

    public double Probability(in PairFeatures features)
    {
        Span<double> x = stackalloc double[_weights.Length];
        features.Fill(x);
        double z = _bias;
        for (int i = 0; i < x.Length; i++)
        {
            z += _weights[i] * x[i];
        }
        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>
    /// The most <paramref name="features"/> could give whatever their bodies' cosine (0 to 1): a
    /// pair below the link threshold even so needs no cosine worked out.
    /// </summary>
    public double MaxProbabilityOverCosine(in PairFeatures features) =>
        Math.Max(Probability(features with { Cosine = 0 }), Probability(features with { Cosine = 1 }));

    /// <summary>The model as its resource file: a <c>#</c> comment, the two thresholds, then <c>bias VALUE</c> and one <c>NAME VALUE</c> line per feature.</summary>
    public string Write(string comment)
    {
        var lines = new List<string>
        {
            "# " + comment.Replace("\n", "\n# ", StringComparison.Ordinal),
            "link-threshold\t" + LinkThreshold.ToString("R", CultureInfo.InvariantCulture),
            "cluster-threshold\t" + ClusterThreshold.ToString("R", CultureInfo.InvariantCulture),
            "bias\t" + _bias.ToString("R", CultureInfo.InvariantCulture),
        };
        lines.AddRange(PairFeatures.Names.Select((name, i) => name + "\t" + _weights[i].ToString("R", CultureInfo.InvariantCulture)));
        return string.Join('\n', lines) + "\n";
    }

    /// <exception cref="FormatException">A line is not a known name and a number.</exception>
    public static LinkModel Parse(TextReader reader, string origin)
    {
        ArgumentNullException.ThrowIfNull(reader);
        double? bias = null, link = null, cluster = null;
        var weights = new double?[PairFeatures.Names.Count];
        int number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }
            string[] f = line.Split('\t');
            if (f.Length != 2 || !double.TryParse(f[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
            {
                throw new FormatException($"{origin}:{number}: expected NAME<TAB>NUMBER.");
            }
            int at = ((List<string>)[.. PairFeatures.Names]).IndexOf(f[0]);
            if (f[0] == "bias")
            {
                bias = value;
            }
            else if (f[0] == "link-threshold")
            {
                link = value;
            }
            else if (f[0] == "cluster-threshold")
            {
                cluster = value;
            }
            else if (at >= 0)
            {
                weights[at] = value;
            }
            else
            {
                throw new FormatException($"{origin}:{number}: unknown feature '{f[0]}'.");
            }
        }
        if (bias is null || link is null || cluster is null || weights.Any(w => w is null))
        {
            throw new FormatException($"{origin}: the thresholds, the bias and every feature need a value.");
        }
        return new LinkModel(bias.Value, [.. weights.Select(w => w!.Value)], link.Value, cluster.Value);
    }

    private static LinkModel Load()
    {
        using Stream stream = typeof(LinkModel).Assembly.GetManifestResourceStream("Marsad.Stories.StoryLinks.tsv")
            ?? throw new InvalidOperationException("The shipped story link model is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader, "story-links.tsv (shipped)");
    }
}
