using Marsad.App;
using Marsad.Core.Analysis;
using Marsad.Ingest;

namespace Marsad.Cli.Tests.Golden;

/// <summary>
/// The project's own sample articles (<c>samples/</c>) against facts a careful reader checked by
/// hand, one per line of <c>Golden/&lt;sample&gt;.expected.tsv</c>. Each file lists what must be
/// found, not everything that is: the extractors may find more, but never miss or misattribute
/// these. Kinds and fields (tab-separated):
/// <list type="bullet">
/// <item><c>entity TYPE NAME</c>: an actor of that type whose name or an alias is NAME.</item>
/// <item><c>same A B</c> / <c>differ A B</c>: the actors named A and B are one / are not one.</item>
/// <item><c>date TEXT VALUE [MODIFIER]</c>: a date mention containing TEXT with that value.</item>
/// <item><c>quantity TEXT VALUE UNIT [approx] [AT_LEAST|AT_MOST] [subject=NAME]</c>.</item>
/// <item><c>quote SPEAKER CUE FIRST-WORDS [direct|indirect]</c>: words beginning FIRST-WORDS,
/// said by the actor named SPEAKER (or "-" for nobody), with that reporting verb.</item>
/// <item><c>speakerFor SPEAKER BODY</c>: a quote of SPEAKER is said on behalf of the actor named BODY.</item>
/// </list>
/// </summary>
public class GoldenArticlesTests
{
    /// <summary>The pipeline as the CLI builds it by default: the golden facts pin that default construction loads the shipped models.</summary>
    private static readonly AnalysisPipeline Pipeline = new AnalysisPipelineBuilder().Build();

    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (string file in Directory.GetFiles(Path.Combine(RepoPaths.Root, "tests", "Marsad.Cli.Tests", "Golden"), "*.expected.tsv").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file)[..^".expected.tsv".Length]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_HasEveryHandCheckedFact(string sample)
    {
        string input = Directory.GetFiles(RepoPaths.Samples).Single(f => Path.GetFileNameWithoutExtension(f) == sample);
        var article = new ArticleReader().Read([input]).Single().Article!;
        var analysis = Pipeline.Analyzer.Analyze(article);
        string expected = Path.Combine(RepoPaths.Root, "tests", "Marsad.Cli.Tests", "Golden", sample + ".expected.tsv");

        var misses = GoldenExpectation.Read(expected).Where(e => !Holds(e, analysis)).Select(e => e.ToString()).ToList();

        Assert.True(misses.Count == 0, "not found as expected:\n" + string.Join('\n', misses) + "\n\nfound:\n" + Describe(analysis));
    }

    private static bool Holds(GoldenExpectation e, DocumentAnalysis a) => e.Kind switch
    {
        "entity" => Entity(a, e.Fields[1]) is { } entity && entity.Type.ToContract() == e.Fields[0],
        "same" => Entity(a, e.Fields[0]) is { } x && Entity(a, e.Fields[1]) is { } y && x.Id == y.Id,
        "differ" => Entity(a, e.Fields[0]) is { } x && Entity(a, e.Fields[1]) is { } y && x.Id != y.Id,
        "date" => a.Dates.Any(d => d.Text.Contains(e.Fields[0], StringComparison.Ordinal)
            && d.Value == e.Fields[1]
            && (e.Fields.Length < 3 || d.Modifier?.ToString().ToUpperInvariant() == e.Fields[2])),
        "quantity" => a.Quantities.Any(q => QuantityHolds(q, e.Fields, a)),
        "quote" => a.Quotes.Any(q => QuoteHolds(q, e.Fields, a)),
        "speakerFor" => a.Quotes.Any(q => q.Speaker is { } s && Named(a.Entities[s], e.Fields[0]) && q.SpeakerFor is { } b && Named(a.Entities[b], e.Fields[1])),
        _ => throw new InvalidOperationException($"{e}: unknown kind"),
    };

    private static bool QuantityHolds(QuantityItem q, string[] f, DocumentAnalysis a)
    {
        if (!q.Text.Contains(f[0], StringComparison.Ordinal) || q.Value != double.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture) || q.Unit != f[2])
        {
            return false;
        }
        var flags = f.Skip(3).ToHashSet(StringComparer.Ordinal);
        return q.Approximate == flags.Contains("approx")
            && q.Bound == flags.FirstOrDefault(x => x.StartsWith("AT_", StringComparison.Ordinal))
            && flags.Where(x => x.StartsWith("subject=", StringComparison.Ordinal))
                .All(x => q.Subject is { } s && Named(a.Entities[s], x["subject=".Length..]));
    }

    private static bool QuoteHolds(QuoteItem q, string[] f, DocumentAnalysis a)
    {
        bool speaker = f[0] == "-" ? q.Speaker is null : q.Speaker is { } s && Named(a.Entities[s], f[0]);
        bool direct = f.Length < 4 || (f[3] == "direct") == q.Direct;
        return speaker && q.Cue == f[1] && q.Text.StartsWith(f[2], StringComparison.Ordinal) && direct;
    }

    private static LocalEntity? Entity(DocumentAnalysis a, string name) => a.Entities.FirstOrDefault(e => Named(e, name));

    private static bool Named(LocalEntity e, string name) => e.Name == name || e.Aliases.Contains(name);

    private static string Describe(DocumentAnalysis a)
    {
        var lines = new List<string>();
        lines.AddRange(a.Entities.Select(e => $"entity {e.Type.ToContract()} {e.Name} [{string.Join(", ", e.Aliases)}]"));
        lines.AddRange(a.Dates.Select(d => $"date {d.Text} = {d.Value} {d.Modifier}"));
        lines.AddRange(a.Quantities.Select(q => $"quantity {q.Text} = {q.Value} {q.Unit} approx={q.Approximate} {q.Bound} subject={(q.Subject is { } s ? a.Entities[s].Name : "-")}"));
        lines.AddRange(a.Quotes.Select(q => $"quote {(q.Speaker is { } s ? a.Entities[s].Name : "-")} {q.Cue} direct={q.Direct}: {q.Text}"));
        return string.Join('\n', lines);
    }
}
