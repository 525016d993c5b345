using Marsad.Core.Stories;


namespace Marsad.Stories.Timeline;

/// <summary>
/// Runs a pure per-document reader over every document of every story on the thread pool: the
/// readers share nothing, and the comparison that follows runs in document order, so the result
/// does not depend on scheduling.
/// </summary>
internal static class PerDocument
{
    public static Dictionary<StoryDocument, List<T>> Run<T>(List<List<StoryDocument>> stories, Func<StoryDocument, List<T>> read)
    {
        StoryDocument[] all = [.. stories.SelectMany(s => s)];
        var results = new List<T>[all.Length];
        Parallel.For(0, all.Length, i => results[i] = read(all[i]));
        var byDocument = new Dictionary<StoryDocument, List<T>>(all.Length, ReferenceEqualityComparer.Instance);
        for (int i = 0; i < all.Length; i++)
        {
            byDocument[all[i]] = results[i];
        }

        return byDocument;
    }
}
