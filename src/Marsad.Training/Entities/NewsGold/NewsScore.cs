using System.Globalization;
using System.Text;
using Marsad.Core.Analysis;
using Marsad.Training.Entities.Evaluation;

namespace Marsad.Training.Entities.NewsGold;

/// <summary>
/// How an analysis reads hand-labelled news: names per type (a name counts when its span and type
/// are right), and statements: how many of them it finds as quotes, and how many of those it gives
/// to the right speaker.
/// </summary>
public sealed record NewsScore(
    IReadOnlyDictionary<EntityType, ChunkScore> Types,
    ChunkScore All,
    int Statements,
    int Found,
    int SpeakerRight,
    int Quotes,
    IReadOnlyList<string> Errors)
{
    /// <summary>Quotes that are labelled statements, among all the quotes given: the labels mark every reported statement, so a quote that matches none is spurious.</summary>
    public double QuotePrecision => Quotes == 0 ? 0 : (double)Found / Quotes;

    /// <summary>Statements found as quotes whose label names the body the speaker speaks for.</summary>
    public int Bodies { get; init; }

    /// <summary>Of <see cref="Bodies"/>, those whose quote names that body as its <c>speakerFor</c>.</summary>
    public int BodiesRight { get; init; }

    /// <summary>Right speakers among the statements found as quotes.</summary>
    public double SpeakerAccuracy => Found == 0 ? 0 : (double)SpeakerRight / Found;

    /// <summary>Statements found as quotes.</summary>
    public double StatementRecall => Statements == 0 ? 0 : (double)Found / Statements;

    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendLine(Line("all", All));
        foreach ((EntityType type, ChunkScore score) in Types.OrderBy(p => p.Key))
        {
            text.AppendLine(Line(Name(type), score));
        }
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"statements {Statements}: found as quotes {Found} ({StatementRecall:0.000}); right speaker {SpeakerRight} of those ({SpeakerAccuracy:0.000}), {(Statements == 0 ? 0 : (double)SpeakerRight / Statements):0.000} of all; quotes given {Quotes}, {QuotePrecision:0.000} of them labelled statements"));
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"speaking for a body: {Bodies} statements found say whom the speaker speaks for; the quote names that body for {BodiesRight} ({(Bodies == 0 ? 0 : (double)BodiesRight / Bodies):0.000})"));
        return text.ToString();
    }

    public static string Name(EntityType type) => type switch
    {
        EntityType.Person => "PER",
        EntityType.Organization => "ORG",
        _ => "LOC",
    };

    private static string Line(string name, ChunkScore s) => string.Create(CultureInfo.InvariantCulture,
        $"{name,-4} precision {s.Precision:0.000}  recall {s.Recall:0.000}  F1 {s.F1:0.000}  (gold {s.Gold}, found {s.Predicted}, right {s.Correct})");
}
