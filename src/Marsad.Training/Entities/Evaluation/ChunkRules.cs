using Marsad.Training.Entities.Conll;

namespace Marsad.Training.Entities.Evaluation;

/// <summary>
/// conlleval's startOfChunk/endOfChunk, kept rule for rule so that our scores equal the ones
/// published for ANERcorp and CoNLL. Notably an I-X after O or after another type starts a chunk.
/// </summary>
internal static class ChunkRules
{
    public static bool EndsBefore(string previousPrefix, string previousType, string prefix, string type)
    {
        if (previousPrefix is "E" or "S")
        {
            return true;
        }

        if (previousPrefix is "B" or "I" && prefix is "B" or "O" or "S")
        {
            return true;
        }

        return previousPrefix != ConllTag.Outside && previousPrefix != "." && previousType != type;
    }

    public static bool StartsAt(string previousPrefix, string previousType, string prefix, string type)
    {
        if (prefix is "B" or "S")
        {
            return true;
        }

        if (previousPrefix is "E" or "S" or "O" && prefix is "E" or "I")
        {
            return true;
        }

        return prefix != ConllTag.Outside && prefix != "." && previousType != type;
    }

    /// <summary>The chunks of one sentence's tags; the sentence edges count as O, as in conlleval.</summary>
    public static List<Chunk> Extract(IReadOnlyList<string> tags)
    {
        var chunks = new List<Chunk>();
        string previousPrefix = ConllTag.Outside;
        string previousType = string.Empty;
        int start = -1;
        string startType = string.Empty;
        for (int i = 0; i <= tags.Count; i++)
        {
            var (prefix, type) = i < tags.Count ? ConllTag.Split(tags[i]) : (ConllTag.Outside, string.Empty);
            if (start >= 0 && EndsBefore(previousPrefix, previousType, prefix, type))
            {
                chunks.Add(new Chunk(start, i - 1, startType));
                start = -1;
            }

            if (i < tags.Count && StartsAt(previousPrefix, previousType, prefix, type))
            {
                start = i;
                startType = type;
            }

            previousPrefix = prefix;
            previousType = type;
        }

        return chunks;
    }
}
