using Marsad.Extraction.Entities.Recognition;

namespace Marsad.Neural;

/// <summary>The teacher behind <see cref="Marsad.Extraction.Entities.EntityRecognizer"/>: CRF paths, and its per-token tag scores for each name's confidence.</summary>
internal sealed class TeacherTagger(NeuralTeacher teacher, string description) : ISentenceTagger
{
    public IReadOnlyList<string> Classes => teacher.Classes;

    public string Description { get; } = description;

    public int[][] Decode(IReadOnlyList<IReadOnlyList<string>> sentences, float[][]? emissions = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var paths = new int[sentences.Count][];
        int tags = Classes.Count;
        foreach ((int index, int[] path, float[] scores) in teacher.Paths(sentences))
        {
            paths[index] = path;
            if (emissions is not null)
            {
                scores.AsSpan(0, path.Length * tags).CopyTo(emissions[index]);
            }
        }
        return paths;
    }

    public string[][] Tag(IReadOnlyList<IReadOnlyList<string>> sentences) => [.. Decode(sentences).Select(p => p.Select(c => Classes[c]).ToArray())];
}
