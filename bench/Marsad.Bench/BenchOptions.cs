using System.Globalization;

namespace Marsad.Bench;

internal sealed record BenchOptions(string Corpus, int? Limit, int Queries)
{
    public static BenchOptions? Parse(ReadOnlySpan<string> args)
    {
        string? corpus = null;
        int? limit = null;
        var queries = 200;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--corpus": corpus = args[i + 1]; break;
                case "--limit": limit = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--queries": queries = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                default: return null;
            }
        }
        return corpus is not null && File.Exists(corpus) ? new BenchOptions(corpus, limit, queries) : null;
    }
}
