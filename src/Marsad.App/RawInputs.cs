using Marsad.Ingest;

namespace Marsad.App;

/// <summary>The raw items of the paths a command was given, in order, with standard input ("-") in its place among them.</summary>
internal static class RawInputs
{
    /// <summary>Standard input is named by this path.</summary>
    public const string StandardInput = "-";

    public static IEnumerable<RawItem> Read(ArticleReader reader, IReadOnlyList<string> paths, Func<Stream> openStandardInput, ReadTally tally, CancellationToken cancellationToken)
    {
        var pending = new List<string>();
        foreach (var path in paths)
        {
            if (path != StandardInput)
            {
                pending.Add(path);
                continue;
            }
            foreach (var item in reader.ReadRaw(pending, tally, cancellationToken))
            {
                yield return item;
            }
            pending.Clear();
            using var input = openStandardInput();
            foreach (var item in reader.ReadRawStream(input, "stdin", cancellationToken))
            {
                yield return item;
            }
        }
        foreach (var item in reader.ReadRaw(pending, tally, cancellationToken))
        {
            yield return item;
        }
    }
}
