using Marsad.Extraction.Entities.Recognition;

namespace Marsad.Neural.Tests;

public sealed class CrfDecoderTests
{
    /// <summary>Three classes between which every move is allowed, so only the learned scores decide.</summary>
    private static readonly TagSet Free = new(["B-LOC", "B-PERS", "O"]);

    [Fact]
    public void Without_transitions_each_token_takes_its_best_tag()
    {
        float[] emissions = [0, 2, 1, /**/ 3, 0, 0, /**/ 0, 0, 5];

        int[] path = CrfDecoder.Decode(emissions, 3, Free, CrfDecoder.Moves(new float[9], new float[3]), new float[3]);

        Assert.Equal([1, 0, 2], path);
    }

    [Fact]
    public void A_forbidden_transition_changes_the_path()
    {
        // Tag 2 may not follow tag 0: the second token's weaker tag 1 wins instead.
        float[] emissions = [5, 0, 0, /**/ 0, 1, 2];
        float[] transitions = new float[9];
        transitions[(0 * 3) + 2] = -100;

        int[] path = CrfDecoder.Decode(emissions, 2, Free, CrfDecoder.Moves(transitions, new float[3]), new float[3]);

        Assert.Equal([0, 1], path);
    }

    [Fact]
    public void End_scores_weigh_on_the_last_token()
    {
        float[] emissions = [1, 0, 0, /**/ 0, 0, 1];

        int[] path = CrfDecoder.Decode(emissions, 2, Free, CrfDecoder.Moves(new float[9], new float[3]), [0, 5, 0]);

        Assert.Equal([0, 1], path);
    }

    [Fact]
    public void An_empty_sentence_has_an_empty_path() => Assert.Empty(CrfDecoder.Decode([], 0, Free, CrfDecoder.Moves(new float[9], new float[3]), new float[3]));
}
