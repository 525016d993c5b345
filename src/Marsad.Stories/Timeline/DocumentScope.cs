using Marsad.Core.Stories;


namespace Marsad.Stories.Timeline;

/// <summary>
/// Which documents speak as sources, and in which story. A duplicate whose original is among the
/// documents is not a source of its own (its original already says the same); one whose original
/// is missing stands in for it. A document with no story is a story of its own.
/// </summary>
internal static class DocumentScope
{
    /// <summary>Bounds a chain of duplicates (a → b → c) and stops a cycle.</summary>
    private const int MaxChain = 16;

    /// <summary>The independent documents grouped by story, stories in order of their first document.</summary>
    public static List<List<StoryDocument>> Stories(
        IReadOnlyList<StoryDocument> documents,
        IReadOnlyDictionary<string, string> duplicateOf,
        IReadOnlyDictionary<string, string> storyOf)
    {
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var doc in documents)
        {
            present.Add(doc.Id);
        }

        var stories = new Dictionary<string, List<StoryDocument>>(StringComparer.Ordinal);
        var order = new List<List<StoryDocument>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var doc in documents.OrderBy(d => d.Index))
        {
            if (!seen.Add(doc.Id) || Original(doc.Id, duplicateOf, present) is not null)
            {
                continue;
            }

            string story = storyOf.TryGetValue(doc.Id, out string? s) ? "s:" + s : "d:" + doc.Id;
            if (!stories.TryGetValue(story, out var members))
            {
                members = [];
                stories.Add(story, members);
                order.Add(members);
            }

            members.Add(doc);
        }

        return order;
    }

    /// <summary>The documents by id; the first of two with one id wins (ids are unique in a collection).</summary>
    public static Dictionary<string, StoryDocument> ById(IReadOnlyList<StoryDocument> documents)
    {
        var byId = new Dictionary<string, StoryDocument>(documents.Count, StringComparer.Ordinal);
        foreach (var doc in documents)
        {
            byId.TryAdd(doc.Id, doc);
        }

        return byId;
    }

    /// <summary>The present original a duplicate copies; null when the document is no duplicate of one.</summary>
    private static string? Original(string id, IReadOnlyDictionary<string, string> duplicateOf, HashSet<string> present)
    {
        string current = id;
        string? found = null;
        for (int i = 0; i < MaxChain && duplicateOf.TryGetValue(current, out string? next); i++)
        {
            if (string.Equals(next, id, StringComparison.Ordinal))
            {
                // A cycle: keep the document, since nothing outside the cycle holds its text.
                return null;
            }

            if (present.Contains(next))
            {
                found = next;
            }

            current = next;
        }

        return found;
    }
}
