using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Marsad.Extraction.Entities;

namespace Marsad.Bench;

/// <summary>
/// <c>ner</c>: EntityRecognizer.Find over corpus articles — one thread over every article twice
/// (the first pass meets each word type for the first time, the second finds them cached, as a
/// long run mostly does), then all cores. Prints MB/s of UTF-8 article text and mentions found.
/// </summary>
internal static class NerSuite
{
    public static int Run(BenchOptions options)
    {
        var (entries, bytes) = CorpusTexts.Load(options.Corpus, options.Limit);
        string[] texts = [.. entries.Select(e => e.Text)];
        double mb = bytes / 1e6;
        var recognizer = EntityRecognizer.LoadShipped();
        var clock = Stopwatch.StartNew();
        long mentions = texts.Sum(t => (long)recognizer.Find(t).Count);
        double cold = clock.Elapsed.TotalSeconds;
        clock.Restart();
        foreach (string text in texts)
        {
            recognizer.Find(text);
        }

        double warm = clock.Elapsed.TotalSeconds;
        clock.Restart();
        texts.AsParallel().ForAll(t => recognizer.Find(t));
        double parallel = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{texts.Length:N0} articles, {mb:0.0} MB, {mentions:N0} mentions ({recognizer.Version})\n" +
            $"one thread, first pass : {mb / cold,7:0.00} MB/s\none thread, again      : {mb / warm,7:0.00} MB/s\nall {Environment.ProcessorCount} cores, again    : {mb / parallel,7:0.00} MB/s"));
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            ner_articles = texts.Length,
            ner_mb = Math.Round(mb, 1),
            ner_mentions = mentions,
            ner_cold_mb_s = Math.Round(mb / cold, 2),
            ner_warm_mb_s = Math.Round(mb / warm, 2),
            ner_parallel_mb_s = Math.Round(mb / parallel, 2),
        }));
        return 0;
    }
}
