using Marsad.Extraction.Entities.Recognition;

namespace Marsad.Neural;

/// <summary>
/// The best tag sequence under the teacher's CRF, by the fast tagger's Viterbi (<see cref="Viterbi"/>,
/// BIO-invalid moves forbidden): the CRF's start scores are its transition row from the sentence
/// start, and its end scores are added to the last token's.
/// </summary>
internal static class CrfDecoder
{
    /// <summary>The CRF's moves as <see cref="Viterbi"/> reads them: [tags × tags] transitions, then the row from the start.</summary>
    public static float[] Moves(ReadOnlySpan<float> transitions, ReadOnlySpan<float> start)
    {
        var moves = new float[transitions.Length + start.Length];
        transitions.CopyTo(moves);
        start.CopyTo(moves.AsSpan(transitions.Length));
        return moves;
    }

    /// <param name="emissions">[length × tags], row-major; the last row gets the end scores added.</param>
    public static int[] Decode(Span<float> emissions, int length, TagSet tags, ReadOnlySpan<float> moves, ReadOnlySpan<float> end)
    {
        var path = new int[length];
        if (length == 0)
        {
            return path;
        }
        Span<float> last = emissions.Slice((length - 1) * tags.Count, tags.Count);
        for (int t = 0; t < last.Length; t++)
        {
            last[t] += end[t];
        }
        Viterbi.Decode(emissions, length, tags, moves, path);
        return path;
    }
}
