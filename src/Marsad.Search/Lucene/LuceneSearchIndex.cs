using System.Collections.Concurrent;
using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Marsad.Search.Analysis;
using Marsad.Search.Indexing;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Marsad.Search.Lucene;

/// <summary>
/// The embedded index: a Lucene.NET folder with one writer, held for the life of this object.
/// Searches run on near-real-time readers from that writer, so they see changes before commit.
/// Writes come from one thread at a time (the collection's); searches may come from any.
/// </summary>
internal sealed partial class LuceneSearchIndex : ISearchIndex
{
    /// <summary>Commit user data: the change sequence number the commit covers.</summary>
    internal const string SeqKey = "marsad.seq";

    /// <summary>Commit user data: the identity of the store the index follows.</summary>
    internal const string StoreKey = "marsad.store";

    /// <summary>Commit user data: the <see cref="SearchAnalysis.Version"/> the index was built with.</summary>
    internal const string AnalysisKey = "marsad.analysis";

    private readonly LuceneDirectory _directory;
    private readonly MarsadAnalyzer _analyzer;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly LuceneIndexOptions _options;
    private readonly ConcurrentBag<DocumentBuilder> _builders = [];
    private readonly System.Threading.Lock _writeGate = new();
    private volatile bool _stale;
    private bool _disposed;

    private LuceneSearchIndex(string path, LuceneDirectory directory, MarsadAnalyzer analyzer, IndexWriter writer, IndexCheckpoint checkpoint, bool wasReset, LuceneIndexOptions options)
    {
        Path = path;
        _options = options;
        _directory = directory;
        _analyzer = analyzer;
        _writer = writer;
        Checkpoint = checkpoint;
        WasReset = wasReset;
        _searchers = new SearcherManager(writer, applyAllDeletes: true, new Bm25SearcherFactory());
    }

    public string Path { get; }

    public IndexCheckpoint Checkpoint { get; private set; }

    /// <summary>
    /// True when opening found no usable index (none yet, another analysis version, or a damaged
    /// one) and started an empty one: the owner must then feed it everything from the store.
    /// </summary>
    public bool WasReset { get; }

    public int Count
    {
        get
        {
            lock (_writeGate)
            {
                return _writer.NumDocs;
            }
        }
    }

    public static LuceneSearchIndex Open(string path, LuceneIndexOptions? options = null)
    {
        options ??= LuceneIndexOptions.Default;
        var full = System.IO.Path.GetFullPath(path);
        System.IO.Directory.CreateDirectory(full);
        try
        {
            return OpenWriter(full, options, OpenMode.CREATE_OR_APPEND);
        }
        catch (LockObtainFailedException e)
        {
            throw new IOException($"{full}: the search index is in use by another marsad process.", e);
        }
        catch (Exception e) when (e is CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException
            or FileNotFoundException or EndOfStreamException)
        {
            // The index is derived data: a damaged one is thrown away and rebuilt from the store.
            // Its files go first, as even a writer told to create reads the old commit point.
            foreach (var file in System.IO.Directory.EnumerateFiles(full))
            {
                File.Delete(file);
            }
            return OpenWriter(full, options, OpenMode.CREATE);
        }
    }

    public void Dispose()
    {
        lock (_writeGate)
        {
            if (_disposed)
            {
                return;
            }
            _disposed = true;
            _searchers.Dispose();
            // Dispose without a commit: uncommitted changes are dropped, which is safe because the
            // recorded sequence number still says where to catch up from.
            _writer.Rollback();
            _analyzer.Dispose();
            _directory.Dispose();
        }
    }

    private static LuceneSearchIndex OpenWriter(string path, LuceneIndexOptions options, OpenMode mode)
    {
        var directory = FSDirectory.Open(path);
        var analyzer = new MarsadAnalyzer();
        IndexWriter? writer = null;
        try
        {
            var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)
            {
                OpenMode = mode,
                RAMBufferSizeMB = options.RamBufferMegabytes,
                Similarity = new BM25Similarity(),
            };
            writer = new IndexWriter(directory, config);
            var data = writer.CommitData;
            var current = data.TryGetValue(AnalysisKey, out var version) && string.Equals(version, SearchAnalysis.Version, StringComparison.Ordinal);
            var reset = mode == OpenMode.CREATE || !current;
            if (reset)
            {
                writer.DeleteAll();
            }
            var checkpoint = reset ? IndexCheckpoint.None : ReadCheckpoint(data);
            return new LuceneSearchIndex(path, directory, analyzer, writer, checkpoint, reset, options);
        }
        catch
        {
            writer?.Dispose();
            analyzer.Dispose();
            directory.Dispose();
            throw;
        }
    }

    private static IndexCheckpoint ReadCheckpoint(IDictionary<string, string> data)
    {
        var store = data.TryGetValue(StoreKey, out var id) ? id : "";
        var seq = data.TryGetValue(SeqKey, out var text) && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
        return new IndexCheckpoint(store, seq);
    }
}
