namespace Marsad.Bench;

/// <summary>
/// Entry point: <c>marsad-bench SUITE --corpus FILE [--limit N]</c>. Each suite prints a table and,
/// as its LAST line, one JSON object with its figures, so scripts can read the result with tail -1.
/// </summary>
internal static class BenchApp
{
    public static int Run(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help")
        {
            Console.Error.WriteLine("usage: Marsad.Bench foundation|analyze|ner|story --corpus FILE.jsonl.gz [--limit N] [--queries N] [--teacher FILE (analyze: time a neural teacher, built with -p:LibTorch=true)]");
            return 2;
        }
        var options = BenchOptions.Parse(args.AsSpan(1));
        if (options is null)
        {
            Console.Error.WriteLine("Marsad.Bench: --corpus FILE is required and must exist");
            return 2;
        }
        return args[0] switch
        {
            "foundation" => FoundationSuite.Run(options),
            "analyze" => AnalyzeSuite.Run(options),
            "ner" => NerSuite.Run(options),
            "story" => StorySuite.Run(options),
            _ => Unknown(args[0]),
        };
    }

    private static int Unknown(string suite)
    {
        Console.Error.WriteLine($"Marsad.Bench: unknown suite '{suite}' (known: foundation, analyze, ner, story)");
        return 2;
    }
}
