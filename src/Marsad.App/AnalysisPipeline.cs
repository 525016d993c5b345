using Marsad.Extraction.Analysis;
using Marsad.Ingest;

namespace Marsad.App;

/// <summary>
/// The stages an article goes through (read and clean, then analyse), assembled once per process
/// by <see cref="AnalysisPipelineBuilder"/> and passed to whatever runs it. Immutable and
/// thread-safe: its readers and models are, and every run takes its inputs, store and listeners
/// as arguments.
/// </summary>
public sealed class AnalysisPipeline
{
    internal AnalysisPipeline(ArticleReader reader, ArticleAnalyzer analyzer, int batchSize)
    {
        Reader = reader;
        Analyzer = analyzer;
        BatchSize = batchSize;
        Ingest = new IngestPipeline(reader, batchSize);
        Analyze = new AnalyzePipeline(reader, analyzer, batchSize);
    }

    public ArticleReader Reader { get; }

    public ArticleAnalyzer Analyzer { get; }

    /// <summary>Articles stored (one transaction) at a time.</summary>
    public int BatchSize { get; }

    /// <summary>Read → clean → store and index.</summary>
    public IngestPipeline Ingest { get; }

    /// <summary>Read → clean → analyse → hand on (and store, given a collection).</summary>
    public AnalyzePipeline Analyze { get; }
}
