using Marsad.Extraction.Analysis;
using Marsad.Extraction.Entities;
using Marsad.Ingest;

namespace Marsad.App;

/// <summary>
/// Assembles an <see cref="AnalysisPipeline"/>: the shipped models and options unless told
/// otherwise, so <c>new AnalysisPipelineBuilder().Build()</c> analyses exactly as the CLI always
/// has. Mutable and single-threaded; what <see cref="Build"/> returns is neither. Models are
/// loaded in <see cref="Build"/>, once, and shared by every stage and thread of the pipeline.
/// </summary>
public sealed class AnalysisPipelineBuilder
{
    private IngestOptions _ingest = IngestOptions.Default;
    private Func<EntityRecognizer> _recognizer = EntityRecognizer.LoadShipped;
    private TimeProvider _clock = TimeProvider.System;
    private int _batchSize = 500;

    /// <summary>How articles are read and cleaned (size limit, outlet table, furniture model).</summary>
    public AnalysisPipelineBuilder WithIngestOptions(IngestOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _ingest = options;
        return this;
    }

    /// <summary>A recognizer already loaded (a test's, or one shared with another pipeline).</summary>
    public AnalysisPipelineBuilder WithRecognizer(EntityRecognizer recognizer)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        _recognizer = () => recognizer;
        return this;
    }

    /// <summary>
    /// A tagger model written by <c>marsad train ner</c>, with the clusters it was trained on
    /// (the shipped ones when <paramref name="clustersPath"/> is null). Read in <see cref="Build"/>.
    /// </summary>
    public AnalysisPipelineBuilder WithTaggerModel(string modelPath, string? clustersPath = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelPath);
        _recognizer = () =>
        {
            using Stream model = File.OpenRead(modelPath);
            using Stream clusters = clustersPath is null ? EntityRecognizer.OpenShippedClusters() : File.OpenRead(clustersPath);
            return EntityRecognizer.Load(model, clusters);
        };
        return this;
    }

    /// <summary>The clock that decides which publication dates are too far ahead to anchor relative dates (never an anchor itself).</summary>
    public AnalysisPipelineBuilder WithClock(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        _clock = clock;
        return this;
    }

    /// <summary>Articles stored (one transaction) at a time.</summary>
    public AnalysisPipelineBuilder WithBatchSize(int batchSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        _batchSize = batchSize;
        return this;
    }

    /// <summary>Loads the models and returns the pipeline; call once per process and pass the result on.</summary>
    public AnalysisPipeline Build() =>
        new(new ArticleReader(_ingest), new ArticleAnalyzer(_recognizer(), _clock), _batchSize);
}
