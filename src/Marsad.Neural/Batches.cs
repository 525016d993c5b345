using static TorchSharp.torch;

namespace Marsad.Neural;

/// <summary>Sentences padded into one batch of tensors.</summary>
internal static class Batches
{
    /// <returns>vectors [B, L, D], word ids [B, L], letters [B, L, 20], features [B, L, 3], mask [B, L].</returns>
    public static (Tensor Vectors, Tensor Words, Tensor Letters, Tensor Features, Tensor Mask) Inputs(TokenInputs inputs, IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<IReadOnlyList<int>>? guesses = null)
    {
        int b = sentences.Count, l = sentences.Max(s => s.Count), d = inputs.Dimensions, f = TokenInputs.FeatureSizes.Count, m = TokenInputs.MaxLetters;
        var vectors = new float[b * l * d];
        var words = new long[b * l];
        var letters = new long[b * l * m];
        var features = new long[b * l * f];
        var mask = new bool[b * l];
        for (int s = 0; s < b; s++)
        {
            (float[] v, long[] w, long[] c, long[] x) = inputs.Of(sentences[s], guesses?[s]);
            v.CopyTo(vectors, s * l * d);
            w.CopyTo(words, s * l);
            c.CopyTo(letters, s * l * m);
            x.CopyTo(features, s * l * f);
            for (int i = 0; i < sentences[s].Count; i++)
            {
                mask[(s * l) + i] = true;
            }
        }
        return (tensor(vectors).reshape(b, l, d), tensor(words).reshape(b, l), tensor(letters).reshape(b, l, m), tensor(features).reshape(b, l, f), tensor(mask).reshape(b, l));
    }

    /// <summary>Gold tag ids, padded with 0, [B, L].</summary>
    public static Tensor Tags(IReadOnlyList<int[]> tags)
    {
        int b = tags.Count, l = tags.Max(t => t.Length);
        var ids = new long[b * l];
        for (int s = 0; s < b; s++)
        {
            for (int i = 0; i < tags[s].Length; i++)
            {
                ids[(s * l) + i] = tags[s][i];
            }
        }
        return tensor(ids).reshape(b, l);
    }
}
