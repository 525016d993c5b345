using Marsad.Search.Lucene;
using Marsad.Search.Tests.Support;

namespace Marsad.Search.Tests.Lucene;

/// <summary>Commits, checkpoints, reopening, locks and damage.</summary>
public sealed class LuceneIndexLifecycleTests : IDisposable
{
    private readonly IndexFixture _index = new();

    public void Dispose() => _index.Dispose();

    [Fact]
    public void Open_NewFolder_HasNoCheckpointAndIsReset()
    {
        Assert.Equal(IndexCheckpoint.None, _index.Index.Checkpoint);
        Assert.True(_index.Index.WasReset);
    }

    [Fact]
    public async Task Commit_ThenReopen_KeepsTheArticlesAndTheCheckpoint()
    {
        _index.With(Articles.Make("a", "النفط"));
        await _index.Index.CommitAsync(new IndexCheckpoint("store-1", 7));

        _index.Reopen();

        Assert.Equal(new IndexCheckpoint("store-1", 7), _index.Index.Checkpoint);
        Assert.False(_index.Index.WasReset);
        Assert.Equal(["a"], _index.Ids("النفط"));
    }

    [Fact]
    public async Task Dispose_WithoutCommit_DropsChangesSinceTheLastCommit()
    {
        _index.With(Articles.Make("a", "النفط"));
        await _index.Index.CommitAsync(new IndexCheckpoint("s", 1));
        _index.With(Articles.Make("b", "النفط"));

        _index.Reopen();

        Assert.Equal(new IndexCheckpoint("s", 1), _index.Index.Checkpoint);
        Assert.Equal(["a"], _index.Ids("النفط"));
    }

    [Fact]
    public async Task Search_BeforeCommit_SeesTheChanges()
    {
        await _index.Index.CommitAsync(new IndexCheckpoint("s", 0));
        Assert.Empty(_index.Ids("النفط"));

        _index.With(Articles.Make("a", "النفط"));

        Assert.Equal(["a"], _index.Ids("النفط"));
    }

    [Fact]
    public async Task Open_WriteLockFileLeftByAKilledProcess_OpensNormally()
    {
        _index.With(Articles.Make("a", "النفط"));
        await _index.Index.CommitAsync(new IndexCheckpoint("s", 1));
        _index.Close();
        // A killed process leaves its write.lock file behind; only the OS lock on it died with it.
        File.WriteAllText(Path.Combine(_index.IndexPath, "write.lock"), "");

        _index.Reopen();

        Assert.Equal(["a"], _index.Ids("النفط"));
    }

    [Fact]
    public void Open_WhileAnotherWriterHoldsTheIndex_ThrowsIOExceptionNamingTheFolder()
    {
        var error = Assert.ThrowsAny<IOException>(() => LuceneSearchIndex.Open(_index.IndexPath));

        Assert.Contains(_index.IndexPath, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_DamagedIndex_StartsAnEmptyOne()
    {
        _index.With(Articles.Make("a", "النفط"));
        await _index.Index.CommitAsync(new IndexCheckpoint("s", 1));
        _index.Close();
        foreach (var file in Directory.GetFiles(_index.IndexPath, "segments_*"))
        {
            File.WriteAllBytes(file, [1, 2, 3, 4, 5, 6, 7, 8]);
        }

        _index.Reopen();

        Assert.True(_index.Index.WasReset);
        Assert.Equal(IndexCheckpoint.None, _index.Index.Checkpoint);
        Assert.Equal(0, _index.Index.Count);
    }
}
