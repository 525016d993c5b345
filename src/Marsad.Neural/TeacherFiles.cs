using System.Text.Json;
using Marsad.Extraction.Entities;
using Marsad.Extraction.Entities.Clusters;
using Marsad.Extraction.Entities.Recognition;
using Marsad.Training.Entities.Embeddings;

namespace Marsad.Neural;

/// <summary>
/// A trained teacher on disk, three files beside each other: the network's weights (PATH,
/// TorchSharp's format), what reads its inputs (PATH.json: classes, letters, training words, the
/// settings, and the vectors file it was trained with), and the fast tagger whose guesses it reads
/// (PATH.guesser, as <c>marsad train ner</c> writes a model). The vectors stay in their own file.
/// The teacher reads the shipped word clusters, as it was trained with them.
/// </summary>
public static class TeacherFiles
{
    private sealed record Sidecar(string[] Classes, string Letters, string[] Words, int Dimensions, int Hidden, double Dropout, string Vectors, string Description);

    internal static void Write(NeuralTeacher teacher, TeacherOptions options, string vectorsPath, string description, string path)
    {
        teacher.Network.save(path);
        var sidecar = new Sidecar(
            [.. teacher.Classes],
            new string([.. teacher.Inputs.Letters.OrderBy(p => p.Value).Select(p => p.Key)]),
            [.. teacher.Inputs.Words.OrderBy(p => p.Value).Select(p => p.Key)],
            teacher.Inputs.Dimensions, options.Hidden, options.Dropout, Path.GetFullPath(vectorsPath), description);
        File.WriteAllText(path + ".json", JsonSerializer.Serialize(sidecar));
        using Stream guesser = File.Create(path + ".guesser");
        teacher.Guesser.Save(guesser);
    }

    /// <summary>An entity recognizer over the teacher at <paramref name="path"/>, reading the vectors it was trained with.</summary>
    public static EntityRecognizer Recognizer(string path)
    {
        TorchNative.Prepare();
        Sidecar sidecar = JsonSerializer.Deserialize<Sidecar>(File.ReadAllText(path + ".json")) ?? throw new InvalidDataException($"{path}.json: not a teacher's sidecar.");
        WordClusters clusters;
        using (Stream stream = EntityRecognizer.OpenShippedClusters())
        {
            clusters = WordClusters.Load(stream);
        }
        StackedTagger guesser;
        using (Stream stream = File.OpenRead(path + ".guesser"))
        {
            guesser = StackedTagger.Load(stream, clusters);
        }
        SubwordVectors vectors;
        using (Stream stream = File.OpenRead(sidecar.Vectors))
        {
            vectors = SubwordVectors.Read(stream);
        }
        var letters = sidecar.Letters.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i + 2);
        var words = sidecar.Words.Select((w, i) => (w, i)).ToDictionary(p => p.w, p => p.i + 1, StringComparer.Ordinal);
        var inputs = new TokenInputs(vectors, guesser.First.Model.Gazetteer, clusters, letters, words);
        var network = new BiLstmCrf(sidecar.Dimensions, words.Count + 1, letters.Count + 2, TokenInputs.FeatureSizes, sidecar.Classes.Length, sidecar.Hidden, sidecar.Dropout);
        network.load(path);
        return new EntityRecognizer(new TeacherTagger(new NeuralTeacher(network, inputs, sidecar.Classes, guesser), sidecar.Description));
    }
}
