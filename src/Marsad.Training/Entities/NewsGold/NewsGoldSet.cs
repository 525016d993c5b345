using System.Globalization;
using Marsad.Core.Analysis;
using Marsad.Training.Labels;

namespace Marsad.Training.Entities.NewsGold;

/// <summary>
/// Hand-labelled real news: every PER/ORG/LOC name in a set of articles, and every reported
/// statement with its speaker (tests/Marsad.Extraction.Tests/Data/ant-gold). Files hold ids,
/// offsets and labels only; the texts stay in the corpus they came from.
/// </summary>
public sealed record NewsGoldSet(IReadOnlyList<GoldMention> Mentions, IReadOnlyList<GoldStatement> Statements)
{
    /// <summary>The articles labelled, in order.</summary>
    public IReadOnlyList<string> Documents => [.. Mentions.Select(m => m.Document).Concat(Statements.Select(s => s.Document)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>Reads <c>entities-*.tsv</c> (doc, start, end, type, surface) and <c>speakers-*.tsv</c> (doc, verb start, verb end, verb, speaker or NONE, its type, speaks for, note) files.</summary>
    /// <exception cref="FormatException">A row is malformed (the message names the file and line).</exception>
    public static NewsGoldSet Read(IEnumerable<string> entityFiles, IEnumerable<string> speakerFiles)
    {
        ArgumentNullException.ThrowIfNull(entityFiles);
        ArgumentNullException.ThrowIfNull(speakerFiles);
        var mentions = new List<GoldMention>();
        foreach (string path in entityFiles)
        {
            foreach ((int number, string[] f) in LabelRows.Read(path, 5))
            {
                mentions.Add(new GoldMention(f[0], Offset(path, number, f[1]), Offset(path, number, f[2]), Type(path, number, f[3]) ?? throw Bad(path, number, "NONE is no entity type"), f[4]));
            }
        }
        var statements = new List<GoldStatement>();
        foreach (string path in speakerFiles)
        {
            foreach ((int number, string[] f) in LabelRows.Read(path, 6))
            {
                bool none = f[4] is "NONE" or "";
                statements.Add(new GoldStatement(f[0], Offset(path, number, f[1]), Offset(path, number, f[2]), f[3], none ? null : f[4], none ? null : Type(path, number, f[5]),
                    f.Length > 6 && f[6].Length > 0 ? f[6] : null));
            }
        }
        return new NewsGoldSet(mentions, statements);
    }

    /// <summary>The label files among <paramref name="paths"/> (files, or folders for all their files), told apart by name: <c>entities-*.tsv</c> and <c>speakers-*.tsv</c>.</summary>
    /// <exception cref="FormatException">A file is neither.</exception>
    public static NewsGoldSet ReadPaths(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        string[] files = [.. paths.SelectMany(p => Directory.Exists(p) ? (IEnumerable<string>)Directory.GetFiles(p, "*.tsv").Order(StringComparer.Ordinal) : [p])];
        if (files.FirstOrDefault(f => !Path.GetFileName(f).StartsWith("entities-", StringComparison.Ordinal) && !Path.GetFileName(f).StartsWith("speakers-", StringComparison.Ordinal)) is { } other)
        {
            throw new FormatException($"{other}: a label file is named entities-*.tsv or speakers-*.tsv.");
        }
        return Read(files.Where(f => Path.GetFileName(f).StartsWith("entities-", StringComparison.Ordinal)), files.Where(f => Path.GetFileName(f).StartsWith("speakers-", StringComparison.Ordinal)));
    }

    private static int Offset(string path, int number, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int offset) ? offset : throw Bad(path, number, $"'{value}' is no offset");

    private static EntityType? Type(string path, int number, string value) => value switch
    {
        "PER" => EntityType.Person,
        "ORG" => EntityType.Organization,
        "LOC" => EntityType.Location,
        "NONE" => null,
        _ => throw Bad(path, number, $"'{value}' is not PER, ORG, LOC or NONE"),
    };

    private static FormatException Bad(string path, int number, string why) => new($"{path}:{number.ToString(CultureInfo.InvariantCulture)}: {why}.");
}
