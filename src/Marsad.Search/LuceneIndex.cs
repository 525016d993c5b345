using Marsad.Search.Lucene;

namespace Marsad.Search;

/// <summary>The embedded search index: a Lucene.NET folder.</summary>
public static class LuceneIndex
{
    /// <summary>
    /// Opens, or creates, the index in <paramref name="folder"/> and holds its write lock until
    /// disposed. An index built with another analysis version, or damaged, is started afresh
    /// (its <see cref="ISearchIndex.Checkpoint"/> is then <see cref="IndexCheckpoint.None"/>),
    /// and a write lock left by a killed process is taken over: the lock is the operating
    /// system's and died with that process.
    /// </summary>
    /// <exception cref="IOException">Another live process holds the index, or the folder cannot be written.</exception>
    public static ISearchIndex Open(string folder, LuceneIndexOptions? options = null) => LuceneSearchIndex.Open(folder, options);
}
