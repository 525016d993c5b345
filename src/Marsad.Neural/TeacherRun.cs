using System.Globalization;
using Marsad.Extraction.Entities.Clusters;
using Marsad.Extraction.Entities.Recognition;
using Marsad.Training.Entities.Embeddings;
using Marsad.Training.Entities.Evaluation;
using Marsad.Training.Entities.Tagging;

namespace Marsad.Neural;

/// <summary>
/// <c>marsad train ner --neural</c>: trains the teacher on the training sentences (less a held-out
/// tail, which picks the best epoch), reports it on the held-out part and, when given, on a test
/// file, and writes it (<see cref="TeacherFiles"/>).
/// </summary>
public static class TeacherRun
{
    /// <returns>The held-out and test reports (null where not asked for).</returns>
    public static (ScoreReport? HeldOut, ScoreReport? Test) Run(IReadOnlyList<TaggedSentence> train, IReadOnlyList<TaggedSentence> heldOut, IReadOnlyList<TaggedSentence>? test,
        string vectorsPath, Gazetteer gazetteer, WordClusters clusters, TeacherOptions options, string outPath, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(log);
        SubwordVectors vectors;
        using (Stream file = File.OpenRead(vectorsPath))
        {
            vectors = SubwordVectors.Read(file);
        }
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"vectors: {vectors.Words.Count:N0} words of {vectors.Dimensions}; {train.Count:N0} training sentences, {heldOut.Count:N0} held out"));
        NeuralTeacher teacher = TeacherTrainer.Train(train, heldOut, vectors, gazetteer, clusters, options, log);
        ScoreReport? held = heldOut.Count > 0 ? TeacherTrainer.Score(teacher, heldOut) : null;
        ScoreReport? tested = test is { Count: > 0 } ? TeacherTrainer.Score(teacher, test) : null;
        TeacherFiles.Write(teacher, options, vectorsPath, "ner-teacher: marsad train ner --neural", outPath);
        return (held, tested);
    }
}
