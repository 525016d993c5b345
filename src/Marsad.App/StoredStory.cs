using System.Text.Json;
using Marsad.Core.Contract;
using Marsad.Core.Digests;
using Marsad.Core.Stories;
using Marsad.Store;
using Marsad.Stories;

namespace Marsad.App;

/// <summary>
/// The story of every analysed article of a store, kept in the store (a <see cref="StorySnapshot"/>
/// under the options' <see cref="StoryOptions.Fingerprint"/>, stamped with the store's
/// <see cref="Collection.GetAnalysisStateAsync"/>). A command reads it when it is current, and
/// otherwise builds it from the stored digests and keeps it for the next command: resolving a
/// large collection's actors and joining its articles take seconds, reading what they found takes
/// a fraction of one. What the build left out (a digest that did not read) is kept with it and told
/// again on every read. <c>analyze --db</c> brings it up to date as it ends
/// (<see cref="RefreshAsync"/>), so reading commands find it current.
/// </summary>
public static class StoredStory
{
    /// <summary>The articles the build left out, with why: an opaque part of the kept snapshot that only this class reads.</summary>
    private const string LeftOutPart = "left-out";

    /// <summary>
    /// The store's story, with the parts named (from <see cref="StorySnapshotJson.Parts"/>; the
    /// documents are always read, so its size is known); the parts not asked for are empty.
    /// Empty when the store holds no analyses.
    /// </summary>
    /// <param name="leftOut">Told each article the story leaves out (its id and why).</param>
    public static async Task<StorySnapshot> ReadAsync(Collection collection, StoryOptions options, IReadOnlyCollection<string> parts, Action<string, string>? leftOut, CancellationToken cancellationToken = default)
    {
        var (snapshot, _) = await ReadOrBuildAsync(collection, options, [.. parts, StorySnapshotJson.Documents], leftOut, withDigests: false, cancellationToken);
        return snapshot;
    }

    /// <summary>The store's whole story, every document with its digest (and its text): for a briefing of the whole store.</summary>
    public static async Task<StoryAnalysis> AnalysisAsync(Collection collection, StoryOptions options, Action<string, string>? leftOut, CancellationToken cancellationToken = default)
    {
        var (snapshot, built) = await ReadOrBuildAsync(collection, options, StorySnapshotJson.Parts, leftOut, withDigests: true, cancellationToken);
        if (built is not null)
        {
            return built;
        }
        var digests = (await StorySource.FromStoreAsync(collection, leftOut: null, cancellationToken)).ToDictionary(d => d.Article.Id, StringComparer.Ordinal);
        try
        {
            return snapshot.With(digests);
        }
        catch (InvalidDataException)
        {
            // A writer came between the snapshot and the digests: build from what is there now.
            return (await BuildAsync(collection, options, await collection.GetAnalysisStateAsync(cancellationToken), leftOut, cancellationToken)).Story;
        }
    }

    /// <summary>Brings the kept story up to date with the store (builds it when it is not); for the commands that write analyses, as they end.</summary>
    /// <returns>Whether it had to be built.</returns>
    public static async Task<bool> RefreshAsync(Collection collection, StoryOptions options, Action<string, string>? leftOut, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(collection);
        ArgumentNullException.ThrowIfNull(options);
        string state = await collection.GetAnalysisStateAsync(cancellationToken);
        if (await collection.GetSnapshotAsync(options.Fingerprint, [], cancellationToken) is { } kept && kept.State == state)
        {
            return false;
        }
        await BuildAsync(collection, options, state, leftOut, cancellationToken);
        return true;
    }

    private static async Task<(StorySnapshot Snapshot, StoryAnalysis? Built)> ReadOrBuildAsync(
        Collection collection, StoryOptions options, IReadOnlyCollection<string> parts, Action<string, string>? leftOut, bool withDigests, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(collection);
        ArgumentNullException.ThrowIfNull(options);
        // The state first: a writer that commits after this makes the snapshot look older than
        // it is (built again next time), never newer.
        string state = await collection.GetAnalysisStateAsync(cancellationToken);
        if (await collection.GetSnapshotAsync(options.Fingerprint, [.. parts, LeftOutPart], cancellationToken) is { } kept && kept.State == state
            && parts.All(kept.Parts.ContainsKey))
        {
            try
            {
                StorySnapshot snapshot = StorySnapshotJson.Read(kept.Parts);
                Tell(kept.Parts.GetValueOrDefault(LeftOutPart), leftOut);
                return (snapshot, null);
            }
            catch (Exception e) when (e is InvalidDataException or JsonException)
            {
                // Kept by another version of the format: build it again, below.
            }
        }
        var (story, built) = await BuildAsync(collection, options, state, leftOut, cancellationToken);
        return (built, withDigests ? story : null);
    }

    private static async Task<(StoryAnalysis Story, StorySnapshot Snapshot)> BuildAsync(Collection collection, StoryOptions options, string state, Action<string, string>? leftOut, CancellationToken cancellationToken)
    {
        var left = new List<(string Id, string Reason)>();
        List<DocumentDigest> digests = await StorySource.FromStoreAsync(collection, (id, reason) =>
        {
            left.Add((id, reason));
            leftOut?.Invoke(id, reason);
        }, cancellationToken);
        StoryAnalysis story = new StoryBuilder(options).Build(digests);
        var snapshot = StorySnapshot.Of(story);
        var parts = StorySnapshotJson.Write(snapshot);
        parts[LeftOutPart] = JsonSerializer.SerializeToUtf8Bytes(left.Select(l => new[] { l.Id, l.Reason }));
        // Not kept when a writer has moved the store on meanwhile: the next reader builds it anew.
        await collection.SaveSnapshotAsync(new StoredSnapshot(options.Fingerprint, state, parts), cancellationToken);
        return (story, snapshot);
    }

    private static void Tell(byte[]? leftOutPart, Action<string, string>? leftOut)
    {
        if (leftOutPart is null || leftOut is null)
        {
            return;
        }
        foreach (string[] item in JsonSerializer.Deserialize<string[][]>(leftOutPart) ?? [])
        {
            leftOut(item[0], item[1]);
        }
    }
}
