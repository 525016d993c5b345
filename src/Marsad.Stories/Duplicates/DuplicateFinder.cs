using Marsad.Core.Digests;
using Marsad.Core.Stories;


namespace Marsad.Stories.Duplicates;

/// <summary>
/// Finds exact and near-duplicate articles in a collection: re-published wire copy with small
/// edits, the same body under a new headline. Only bodies are compared, never titles.
/// </summary>
internal static class DuplicateFinder
{
    /// <summary>
    /// Two bodies are near-duplicates when the estimated Jaccard similarity of their 5-word shingle
    /// sets is at least this. 0.6 means about three quarters of each body's shingles are shared: a
    /// re-published story with a new headline and a sentence or two changed scores 0.7–1.0, while
    /// two reports of one event written independently share only a few five-word runs (under 0.2).
    /// Chosen on the 2018 multi-source corpus: at 0.5–0.6 most pairs were an outlet's next-day
    /// update that re-used the previous day's background paragraphs under a new lead (related, but
    /// a different article, which story grouping joins anyway); from 0.6 up most are one wire
    /// report re-published with edits.
    /// </summary>
    public const double Threshold = 0.6;

    /// <summary>
    /// Maps each duplicate document's id to the id of its group's original: the earliest member by
    /// publication date (undated after dated), ties by input position. Documents with no duplicate
    /// do not appear. Groups are closed transitively (union-find over verified pairs).
    /// </summary>
    /// <param name="sign">Each document's body signature; <see cref="Sign"/> when not given (a builder passes one that remembers).</param>
    public static IReadOnlyDictionary<string, string> Find(IReadOnlyList<StoryDocument> documents, Func<StoryDocument, BodySignature>? sign = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        sign ??= Sign;
        int count = documents.Count;
        var signatures = new BodySignature[count];
        Parallel.For(0, count, d => signatures[d] = sign(documents[d]));

        var groups = new UnionFind(count);
        var index = new DuplicateIndex();
        for (int d = 0; d < count; d++)
        {
            foreach (int match in index.Add(signatures[d].MinHash, signatures[d].ExactKey))
            {
                groups.Union(match, d);
            }
        }

        return Originals(documents, groups);
    }

    /// <summary>One document's body as duplicate detection compares it, as its digest read it.</summary>
    public static BodySignature Sign(StoryDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Digest.Body;
    }

    private static Dictionary<string, string> Originals(IReadOnlyList<StoryDocument> documents, UnionFind groups)
    {
        var earliest = new Dictionary<int, StoryDocument>();
        for (int d = 0; d < documents.Count; d++)
        {
            int root = groups.Find(d);
            if (!earliest.TryGetValue(root, out StoryDocument? best) || PublicationOrder.Instance.Compare(documents[d], best) < 0)
            {
                earliest[root] = documents[d];
            }
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int d = 0; d < documents.Count; d++)
        {
            StoryDocument original = earliest[groups.Find(d)];
            if (!ReferenceEquals(original, documents[d]) && !string.Equals(original.Id, documents[d].Id, StringComparison.Ordinal))
            {
                result.TryAdd(documents[d].Id, original.Id);
            }
        }

        return result;
    }
}
