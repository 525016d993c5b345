using Marsad.Extraction.Entities.Clusters;
using Marsad.Extraction.Entities.Recognition;
using Marsad.Training.Entities.Conll;
using Marsad.Training.Entities.Embeddings;
using Marsad.Training.Entities.Evaluation;
using Marsad.Training.Entities.Tagging;
using static TorchSharp.torch;

namespace Marsad.Neural;

/// <summary>
/// Trains the teacher (<see cref="BiLstmCrf"/>) on tagged sentences: Adam on the CRF's
/// log-likelihood, shuffled mini-batches, gradients clipped; after each epoch the held-out
/// sentences (when given) are tagged and the weights of the best epoch by chunk F1 are kept.
/// </summary>
internal static class TeacherTrainer
{
    private const double WordDropout = 0.1;

    public static NeuralTeacher Train(IReadOnlyList<TaggedSentence> train, IReadOnlyList<TaggedSentence> heldOut, SubwordVectors vectors, Gazetteer gazetteer, WordClusters clusters, TeacherOptions options, TextWriter? log = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(options);
        TorchNative.Prepare();
        set_num_threads(options.Threads);
        manual_seed(options.Seed);
        string[] classes = [.. train.SelectMany(s => s.Tags).Append("O").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        if (classes.Length >= TokenInputs.GuessClasses)
        {
            throw new ArgumentException($"The teacher reads guesses of at most {TokenInputs.GuessClasses - 1} classes; the data has {classes.Length}.", nameof(train));
        }
        var index = classes.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        var inputs = new TokenInputs(vectors, gazetteer, clusters, TokenInputs.LettersOf(train.Select(s => s.Tokens)), TokenInputs.WordsOf(train.Select(s => s.Tokens)));
        (string[][] trainGuesses, var fast) = TaggerGuesses.Fit(train, clusters, gazetteer, options.Seed, log);
        var network = new BiLstmCrf(vectors.Dimensions, inputs.Words.Count + 1, inputs.Letters.Count + 2, TokenInputs.FeatureSizes, classes.Length, options.Hidden, options.Dropout);
        var teacher = new NeuralTeacher(network, inputs, classes, fast);
        var pieces = Pieces(train, trainGuesses, options.MaxLength).Select(p => (p.Sentence.Tokens, Tags: p.Sentence.Tags.Select(t => index[t]).ToArray(), Guesses: teacher.GuessIds(p.Guesses))).ToList();
        var optimizer = optim.Adam(network.parameters(), lr: options.LearningRate);
        var random = new Random(options.Seed);
        Dictionary<string, Tensor>? best = null;
        double bestF1 = -1;
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            network.train();
            // Batches of like lengths (shuffled, then sorted within windows of 50 batches) pad little.
            int[] order = [.. Enumerable.Range(0, pieces.Count)];
            random.Shuffle(order);
            int window = options.BatchSize * 50;
            order = [.. order.Chunk(window).SelectMany(chunk => chunk.OrderBy(i => pieces[i].Tokens.Count))];
            var batches = order.Chunk(options.BatchSize).ToArray();
            random.Shuffle(batches);
            double total = 0;
            int skipped = 0;
            foreach (int[] batch in batches)
            {
                using var scope = NewDisposeScope();
                (Tensor v, Tensor w, Tensor c, Tensor f, Tensor mask) = Batches.Inputs(inputs, [.. batch.Select(i => pieces[i].Tokens)], [.. batch.Select(i => (IReadOnlyList<int>)pieces[i].Guesses)]);
                Tensor gold = Batches.Tags([.. batch.Select(i => pieces[i].Tags)]);
                // Word dropout: a tenth of the training words lose their tuned correction, so the
                // network also learns to read a word only through its fixed vector, as it must
                // read every word the training data never showed.
                w = w * (rand(w.shape) > WordDropout).to_type(ScalarType.Int64);
                optimizer.zero_grad();
                Tensor loss = network.Loss(network.call(v, w, c, f), gold, mask);
                float value = loss.item<float>();
                if (!float.IsFinite(value))
                {
                    // One bad batch would poison every weight through Adam's moments: skip it, say so.
                    skipped++;
                    continue;
                }
                loss.backward();
                if (network.parameters().Any(p => p.grad is { } g && !g.isfinite().all().item<bool>()))
                {
                    // A non-finite gradient would poison every weight through Adam's moments: skip the step, say so.
                    if (skipped == 0)
                    {
                        log?.WriteLine("  non-finite gradient in: " + string.Join(", ", network.named_parameters().Where(p => p.parameter.grad is { } g && !g.isfinite().all().item<bool>()).Select(p => p.name)));
                    }
                    skipped++;
                    continue;
                }
                nn.utils.clip_grad_norm_(network.parameters(), 5.0);
                optimizer.step();
                total += value * batch.Length;
            }
            string line = $"epoch {epoch}/{options.Epochs}: loss {total / pieces.Count:0.000}" + (skipped > 0 ? $" ({skipped} batches skipped: loss or gradient not finite)" : "");
            if (heldOut.Count > 0)
            {
                double f1 = Score(teacher, heldOut).Overall.F1;
                line += $", held-out F1 {100 * f1:0.00}";
                if (f1 > bestF1)
                {
                    bestF1 = f1;
                    best?.Values.ToList().ForEach(t => t.Dispose());
                    best = network.state_dict().ToDictionary(p => p.Key, p => p.Value.detach().clone());
                }
            }
            log?.WriteLine(line);
        }
        if (best is not null)
        {
            network.load_state_dict(best);
            log?.WriteLine($"kept the best epoch: held-out F1 {100 * bestF1:0.00}");
        }
        return teacher;
    }

    /// <summary>conlleval's figures for the teacher's tags of <paramref name="sentences"/>.</summary>
    public static ScoreReport Score(NeuralTeacher teacher, IReadOnlyList<TaggedSentence> sentences)
    {
        string[][] predicted = teacher.Tag([.. sentences.Select(s => s.Tokens)]);
        return ChunkScorer.Score(sentences.Select((s, n) => new ConllSentence([.. s.Tokens.Select((t, i) => new ConllToken(t, s.Tags[i], predicted[n][i]))])));
    }

    private static IEnumerable<(TaggedSentence Sentence, string[] Guesses)> Pieces(IReadOnlyList<TaggedSentence> sentences, string[][] guesses, int max)
    {
        for (int n = 0; n < sentences.Count; n++)
        {
            TaggedSentence s = sentences[n];
            for (int from = 0; from < s.Tokens.Count; from += max)
            {
                int count = Math.Min(max, s.Tokens.Count - from);
                // A piece does not start inside a name: its first I- tag becomes B-.
                string[] tags = [.. s.Tags.Skip(from).Take(count)];
                if (tags[0].StartsWith("I-", StringComparison.Ordinal))
                {
                    tags[0] = "B-" + tags[0][2..];
                }
                yield return (new TaggedSentence([.. s.Tokens.Skip(from).Take(count)], tags), [.. guesses[n].Skip(from).Take(count)]);
            }
        }
    }
}
