using System.Globalization;

namespace Marsad.Bench;

/// <summary>The bench's arguments; <paramref name="Teacher"/> is a neural teacher for <c>analyze</c> to time in place of the shipped tagger.</summary>
internal sealed record BenchOptions(string Corpus, int? Limit, int Queries, string? Teacher = null)
{
    public static BenchOptions? Parse(ReadOnlySpan<string> args)
    {
        string? corpus = null;
        int? limit = null;
        var queries = 200;
        string? teacher = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--corpus": corpus = args[i + 1]; break;
                case "--limit": limit = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--queries": queries = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--teacher": teacher = args[i + 1]; break;
                default: return null;
            }
        }
        return corpus is not null && File.Exists(corpus) ? new BenchOptions(corpus, limit, queries, teacher) : null;
    }
}
