using System.Globalization;
using Marsad.Stories.Positions;
using Marsad.Training.Labels;

namespace Marsad.Training.Stories.Evaluation;

/// <summary>
/// Hand-labelled quote stances, read from the files under <c>tests/Marsad.Stories.Tests/Data/stances/</c>:
/// <c>item_id split source doc quote_start quote_end quote_sha1 speaker question stance note</c>,
/// tab-separated, <c>#</c> lines are comments. <c>split</c> is <c>dev</c> (for tuning) or <c>test</c> (held out).
/// </summary>
public static class StanceGold
{
    /// <summary>The four stances in the order the confusion table lists them.</summary>
    public static readonly IReadOnlyList<string> Labels = [Stances.For, Stances.Against, Stances.Sceptical, Stances.Neutral];

    /// <exception cref="FormatException">A line is malformed (the message names the file and line).</exception>
    public static IReadOnlyList<GoldStance> Read(string path)
    {
        var items = new List<GoldStance>();
        foreach (var (number, f) in LabelRows.Read(path, 10))
        {
            if (f[1] is not ("dev" or "test"))
            {
                throw new FormatException($"{path}:{number}: split must be 'dev' or 'test', not '{f[1]}'.");
            }
            if (f[2] is not ("seed" or "sample" or "ant"))
            {
                throw new FormatException($"{path}:{number}: source must be 'seed', 'sample' or 'ant', not '{f[2]}'.");
            }
            if (!int.TryParse(f[4], NumberStyles.None, CultureInfo.InvariantCulture, out int start)
                || !int.TryParse(f[5], NumberStyles.None, CultureInfo.InvariantCulture, out int end) || end <= start)
            {
                throw new FormatException($"{path}:{number}: quote_start and quote_end must be offsets with start < end.");
            }
            if (!Labels.Contains(f[9], StringComparer.Ordinal))
            {
                throw new FormatException($"{path}:{number}: stance must be one of {string.Join(", ", Labels)}, not '{f[9]}'.");
            }
            items.Add(new GoldStance(f[0], f[1], f[2], f[3], start, end, f[6], f[7], f[8], f[9], f.Length > 10 ? f[10] : string.Empty));
        }
        return items;
    }
}
