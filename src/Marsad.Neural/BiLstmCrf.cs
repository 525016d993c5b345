using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace Marsad.Neural;

/// <summary>
/// The teacher network: each word as its subword vector (learned from unlabelled news, fixed),
/// a character CNN over its letters (clitics, affixes, Latin names), and small embeddings of the
/// cue and gazetteer features the fast tagger reads; a bidirectional LSTM over the sentence; and
/// per-tag scores that a CRF (<see cref="Transitions"/>, <see cref="Start"/>, <see cref="End"/>)
/// turns into the best tag sequence (Lample et al. 2016; Ma and Hovy 2016). The subword vectors
/// stay fixed, so a word never seen in training keeps what the unlabelled news taught; the words of
/// the training data also get a learned correction (<c>_tuning</c>, zero at the start), which is
/// how the vectors are fine-tuned for names without forgetting the rest.
/// </summary>
internal sealed class BiLstmCrf : Module<Tensor, Tensor, Tensor, Tensor, Tensor>
{
    public const int CharDimensions = 30, CharFilters = 50, FeatureDimensions = 8;

    private readonly Embedding _tuning;
    private readonly Embedding _chars;
    private readonly Linear _conv;
    private readonly ModuleList<Embedding> _features;
    private readonly LSTM _lstm;
    private readonly Linear _scores;
    private readonly Dropout _dropout;

    public BiLstmCrf(int vectorDimensions, int wordCount, int charCount, IReadOnlyList<int> featureSizes, int tags, int hidden, double dropout) : base("bilstm-crf")
    {
        _tuning = Embedding(wordCount, vectorDimensions);
        using (no_grad())
        {
            _tuning.weight!.zero_();
        }
        _chars = Embedding(charCount, CharDimensions);
        _conv = Linear(3 * CharDimensions, CharFilters);
        _features = new ModuleList<Embedding>([.. featureSizes.Select(size => Embedding(size, FeatureDimensions))]);
        int width = vectorDimensions + CharFilters + (FeatureDimensions * featureSizes.Count);
        _lstm = LSTM(width, hidden, bidirectional: true, batchFirst: true);
        _scores = Linear(2 * hidden, tags);
        _dropout = Dropout(dropout);
        Transitions = Parameter(zeros(tags, tags));
        Start = Parameter(zeros(tags));
        End = Parameter(zeros(tags));
        RegisterComponents();
    }

    public Parameter Transitions { get; }

    public Parameter Start { get; }

    public Parameter End { get; }

    /// <param name="vectors">[batch, length, vector dimensions]</param>
    /// <param name="words">[batch, length]: the training word's id, 0 for any other</param>
    /// <param name="chars">[batch, length, letters], 0 for padding</param>
    /// <param name="features">[batch, length, feature count]</param>
    /// <returns>Tag scores, [batch, length, tags].</returns>
    public override Tensor forward(Tensor vectors, Tensor words, Tensor chars, Tensor features)
    {
        long batch = chars.shape[0], length = chars.shape[1], letters = chars.shape[2];
        // A width-3 convolution over the letters, written as a linear map of each letter with its
        // two neighbours: LibTorch's CPU Conv1d gave NaN here now and then on finite input.
        Tensor c = functional.pad(_chars.call(chars.reshape(batch * length, letters)), [0, 0, 1, 1]);
        Tensor windows = cat([c.narrow(1, 0, letters), c.narrow(1, 1, letters), c.narrow(1, 2, letters)], 2);
        Tensor pooled = functional.relu(_conv.call(windows)).amax([1]).reshape(batch, length, CharFilters);
        var parts = new List<Tensor> { vectors + _tuning.call(words), pooled };
        for (int k = 0; k < _features.Count; k++)
        {
            parts.Add(_features[k].call(features.select(2, k)));
        }
        Tensor x = _dropout.call(cat(parts, 2));
        (Tensor output, _, _) = _lstm.call(x);
        return _scores.call(_dropout.call(output));
    }

    /// <summary>The CRF's negative log-likelihood of the gold tags, averaged over the batch.</summary>
    /// <param name="mask">[batch, length], true on real tokens; every sentence has its first token.</param>
    public Tensor Loss(Tensor emissions, Tensor tags, Tensor mask)
    {
        long length = emissions.shape[1], count = emissions.shape[2];
        Tensor maskFloat = mask.to_type(ScalarType.Float32);
        Tensor first = tags.select(1, 0);
        Tensor score = Start.index_select(0, first) + emissions.select(1, 0).gather(1, first.unsqueeze(1)).squeeze(1);
        Tensor alpha = Start.unsqueeze(0) + emissions.select(1, 0);
        Tensor flat = Transitions.reshape(-1);
        for (long t = 1; t < length; t++)
        {
            Tensor previous = tags.select(1, t - 1), current = tags.select(1, t), on = maskFloat.select(1, t);
            Tensor step = flat.index_select(0, (previous * count) + current) + emissions.select(1, t).gather(1, current.unsqueeze(1)).squeeze(1);
            score = score + (step * on);
            Tensor next = (alpha.unsqueeze(2) + Transitions.unsqueeze(0) + emissions.select(1, t).unsqueeze(1)).logsumexp(1);
            alpha = where(mask.select(1, t).unsqueeze(1), next, alpha);
        }
        Tensor lengths = mask.to_type(ScalarType.Int64).sum(1);
        Tensor last = tags.gather(1, (lengths - 1).unsqueeze(1)).squeeze(1);
        score = score + End.index_select(0, last);
        Tensor partition = (alpha + End.unsqueeze(0)).logsumexp(1);
        return (partition - score).mean();
    }
}
