using Marsad.Core.Contract;
using Marsad.Core.Documents;
using Marsad.Core.Digests;
using Marsad.Extraction.Digests;
using Marsad.Store;

namespace Marsad.App;

/// <summary>
/// Where the collection commands (<c>analyze</c>, <c>brief</c>, <c>why</c>, <c>search --entity</c>)
/// get their story: the articles at the given paths, analysed now and digested; or every analysed
/// article of a store as its stored digest (what the story stages read of it). An analysis stored
/// before digests is digested now, not written back (reading never writes; <c>analyze</c> again
/// stores them). A stored digest or analysis that cannot be read is reported by id and left out;
/// the rest goes on.
/// </summary>
public static class StorySource
{
    /// <summary>Stored digests parsed together, on all cores: parsing, not reading, is most of the time, and a batch bounds what waits in memory as text.</summary>
    private const int ParseBatch = 512;

    /// <summary>The digests of the articles at <paramref name="paths"/>, analysed now (each carries its analysis); problems go to <paramref name="problem"/>.</summary>
    public static async Task<List<DocumentDigest>> FromPathsAsync(AnalyzePipeline pipeline, IReadOnlyList<string> paths, Func<Stream> openStandardInput, Action<InputProblem>? problem, CancellationToken cancellationToken = default) =>
        (await GatherAsync(pipeline, paths, openStandardInput, collection: null, new RunObserver(problem), cancellationToken)).Digests;

    /// <summary>
    /// Runs the pipeline and keeps every digest (each with its analysis): resolution, duplicates and stories need all the
    /// articles before any id is final. A document whose id repeats an earlier one is left out,
    /// since ids are unique in a collection.
    /// </summary>
    /// <param name="collection">Where to store the articles and analyses as well; null to store nothing.</param>
    public static async Task<(List<DocumentDigest> Digests, AnalyzeRun Run)> GatherAsync(AnalyzePipeline pipeline, IReadOnlyList<string> paths, Func<Stream> openStandardInput, Collection? collection, RunObserver? observer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var digests = new List<DocumentDigest>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        AnalyzeRun run = await pipeline.RunAsync(paths, openStandardInput, d =>
        {
            if (ids.Add(d.Article.Id))
            {
                digests.Add(d);
            }
        }, collection, observer, cancellationToken);
        return (digests, run);
    }

    /// <summary>
    /// The digest of every analysed article of <paramref name="collection"/>, in the order the
    /// articles were stored (so the story and its ids are the same however a batch was parsed). A
    /// digest or analysis that does not parse goes to <paramref name="leftOut"/> (its document id
    /// and why) and is skipped.
    /// </summary>
    /// <returns>Empty when the store holds no analyses; the caller says what to do about that.</returns>
    public static Task<List<DocumentDigest>> FromStoreAsync(Collection collection, Action<string, string>? leftOut, CancellationToken cancellationToken = default) =>
        ReadAsync(collection, leftOut, ids: null, cancellationToken);

    /// <summary>As <see cref="FromStoreAsync(Collection, Action{string, string}?, CancellationToken)"/>, for the articles <paramref name="ids"/> names only (one story's).</summary>
    public static Task<List<DocumentDigest>> FromStoreAsync(Collection collection, IReadOnlyCollection<string> ids, Action<string, string>? leftOut, CancellationToken cancellationToken = default) =>
        ReadAsync(collection, leftOut, ids, cancellationToken);

    private static async Task<List<DocumentDigest>> ReadAsync(Collection collection, Action<string, string>? leftOut, IReadOnlyCollection<string>? ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(collection);
        var digests = new List<DocumentDigest>();
        var batch = new List<StoredDigest>(ParseBatch);
        void Parse()
        {
            var parsed = new DocumentDigest?[batch.Count];
            var errors = new string?[batch.Count];
            Parallel.For(0, batch.Count, i =>
            {
                try
                {
                    StoredDigest stored = batch[i];
                    parsed[i] = (stored.Digest is { } json ? DigestJson.Read(json, stored.Text) : null)
                        ?? (stored.Analysis is { } analysis ? WithoutAnalysis(DigestBuilder.Build(StoredAnalysisJson.Read(analysis))) : null)
                        ?? throw new InvalidDataException("a digest of another version, and no analysis beside it");
                }
                catch (InvalidDataException e)
                {
                    errors[i] = e.Message;
                }
            });
            for (int i = 0; i < batch.Count; i++)
            {
                if (parsed[i] is { } digest)
                {
                    digests.Add(digest);
                }
                else
                {
                    leftOut?.Invoke(batch[i].DocumentId, errors[i]!);
                }
            }
            batch.Clear();
        }

        var rows = ids is null ? collection.ReadDigestsAsync(withText: true, cancellationToken) : collection.ReadDigestsAsync(ids, withText: true, cancellationToken);
        await foreach (var stored in rows)
        {
            batch.Add(stored);
            if (batch.Count == ParseBatch)
            {
                Parse();
            }
        }
        Parse();
        return digests;
    }

    /// <summary>A digest read from a store is the same whether it was stored or built now: neither carries the whole analysis.</summary>
    private static DocumentDigest WithoutAnalysis(DocumentDigest digest) => digest with { Analysis = null };
}
