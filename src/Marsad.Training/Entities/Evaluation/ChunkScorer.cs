using Marsad.Training.Entities.Conll;

namespace Marsad.Training.Entities.Evaluation;

/// <summary>
/// Scores predicted tags against gold tags at entity level, as conlleval does: a predicted chunk
/// is correct only when a gold chunk has the same type, start and end.
/// </summary>
public static class ChunkScorer
{
    /// <summary>
    /// Scores sentences whose tokens all carry a predicted tag. With <paramref name="types"/>, tags
    /// of other types count as O (e.g. PERS/LOC/ORG without MISC), for chunks and accuracy alike.
    /// </summary>
    public static ScoreReport Score(IEnumerable<ConllSentence> sentences, IEnumerable<string>? types = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        IReadOnlySet<string>? kept = types is null ? null : new HashSet<string>(types, StringComparer.Ordinal);
        var counts = new SortedDictionary<string, (int Gold, int Predicted, int Correct)>(StringComparer.Ordinal);
        int tokens = 0;
        int sentenceCount = 0;
        int correctTags = 0;
        foreach (var sentence in sentences)
        {
            sentenceCount++;
            var gold = new string[sentence.Tokens.Count];
            var predicted = new string[sentence.Tokens.Count];
            for (int i = 0; i < gold.Length; i++)
            {
                var token = sentence.Tokens[i];
                if (token.Predicted is null)
                {
                    throw new ArgumentException($"token \"{token.Text}\" has no predicted tag; score a tagged file", nameof(sentences));
                }

                gold[i] = ConllTag.Restrict(token.Gold, kept);
                predicted[i] = ConllTag.Restrict(token.Predicted, kept);
                if (string.Equals(gold[i], predicted[i], StringComparison.Ordinal))
                {
                    correctTags++;
                }
            }

            tokens += gold.Length;
            Count(counts, gold, predicted);
        }

        var byType = counts.ToDictionary(
            pair => pair.Key,
            pair => new ChunkScore(pair.Value.Gold, pair.Value.Predicted, pair.Value.Correct),
            StringComparer.Ordinal);
        var overall = new ChunkScore(
            byType.Values.Sum(s => s.Gold),
            byType.Values.Sum(s => s.Predicted),
            byType.Values.Sum(s => s.Correct));
        return new ScoreReport(tokens, sentenceCount, correctTags, overall, byType);
    }

    private static void Count(
        SortedDictionary<string, (int Gold, int Predicted, int Correct)> counts,
        string[] gold,
        string[] predicted)
    {
        var goldChunks = ChunkRules.Extract(gold);
        var predictedChunks = ChunkRules.Extract(predicted);
        var goldSet = new HashSet<Chunk>(goldChunks);
        foreach (var chunk in goldChunks)
        {
            var c = counts.GetValueOrDefault(chunk.Type);
            counts[chunk.Type] = (c.Gold + 1, c.Predicted, c.Correct);
        }

        foreach (var chunk in predictedChunks)
        {
            var c = counts.GetValueOrDefault(chunk.Type);
            int hit = goldSet.Contains(chunk) ? 1 : 0;
            counts[chunk.Type] = (c.Gold, c.Predicted + 1, c.Correct + hit);
        }
    }
}
