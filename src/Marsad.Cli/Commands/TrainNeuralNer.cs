using System.Globalization;
using Marsad.Extraction.Entities.Clusters;
using Marsad.Extraction.Entities.Recognition;
using Marsad.Neural;
using Marsad.Training.Entities.Tagging;

namespace Marsad.Cli.Commands;

/// <summary>
/// The <c>--neural</c> path of <c>marsad train ner</c>, kept in its own class so that only it
/// loads Marsad.Neural and TorchSharp: the JIT compiles this when the option is given, never otherwise.
/// </summary>
internal static class TrainNeuralNer
{
    public static int Run(CliConsole console, IReadOnlyList<TaggedSentence> train, IReadOnlyList<TaggedSentence> heldOut, IReadOnlyList<TaggedSentence>? test, string vectors, Gazetteer gazetteer, WordClusters clusters, int epochs, int seed, string output)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var options = new TeacherOptions(Epochs: epochs, Seed: seed, Threads: Environment.ProcessorCount);
        var (held, tested) = TeacherRun.Run(train, heldOut, test, vectors, gazetteer, clusters, options, output, console.Error);
        if (held is not null)
        {
            console.Out.WriteLine("held-out: " + held.ToString().Split('\n')[1]);
        }
        if (tested is not null)
        {
            console.Out.WriteLine("test:");
            console.Out.Write(tested.ToString());
        }
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"neural teacher written to {output} ({clock.Elapsed.TotalMinutes:0.0} min)"));
        return ExitCodes.Ok;
    }
}
