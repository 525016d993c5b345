using System.Globalization;

namespace Marsad.Training.Labels;

/// <summary>The rows of a hand-label file: tab-separated, one item a line, <c>#</c> lines and blank lines skipped.</summary>
internal static class LabelRows
{
    /// <summary>Each row with its line number.</summary>
    /// <exception cref="FormatException">A row has fewer than <paramref name="fields"/> fields (the message names the file and line).</exception>
    public static IEnumerable<(int Number, string[] Fields)> Read(string path, int fields)
    {
        int number = 0;
        foreach (string line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            string[] row = line.Split('\t');
            if (row.Length < fields)
            {
                throw new FormatException($"{path}:{number}: expected at least {fields.ToString(CultureInfo.InvariantCulture)} tab-separated fields, found {row.Length.ToString(CultureInfo.InvariantCulture)}.");
            }
            yield return (number, row);
        }
    }
}
