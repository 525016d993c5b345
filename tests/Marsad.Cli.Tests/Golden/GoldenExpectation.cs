namespace Marsad.Cli.Tests.Golden;

/// <summary>
/// One hand-checked fact about a sample article, read from a <c>.expected.tsv</c> line:
/// a kind, then tab-separated fields (see <see cref="GoldenArticlesTests"/> for each kind's fields).
/// </summary>
internal sealed record GoldenExpectation(string File, int Line, string Kind, string[] Fields)
{
    public override string ToString() => $"{File}:{Line}: {Kind} {string.Join(" | ", Fields)}";

    public static IEnumerable<GoldenExpectation> Read(string path)
    {
        int n = 0;
        foreach (string raw in System.IO.File.ReadLines(path))
        {
            n++;
            string line = raw.TrimEnd();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            string[] parts = line.Split('\t');
            yield return new GoldenExpectation(Path.GetFileName(path), n, parts[0], parts[1..]);
        }
    }
}
