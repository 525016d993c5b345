using System.Diagnostics;

namespace Marsad.Bench;

/// <summary>Timing and reporting shared by the suites.</summary>
internal static class Measure
{
    /// <summary>The fastest of <paramref name="runs"/> passes: the least disturbed by other work on the machine.</summary>
    public static TimeSpan BestOf(int runs, Func<long> work)
    {
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            work();
            var elapsed = clock.Elapsed;
            best = elapsed < best ? elapsed : best;
        }
        return best;
    }

    public static void Print(string title, List<(string Name, string Value)> rows)
    {
        var width = rows.Max(r => r.Name.Length);
        Console.WriteLine(title);
        foreach (var (name, value) in rows)
        {
            Console.WriteLine($"  {name.PadRight(width)}  {value}");
        }
    }
}
