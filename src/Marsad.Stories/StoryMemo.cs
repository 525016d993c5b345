using Marsad.Core.Stories;


namespace Marsad.Stories;

/// <summary>
/// What a stage works out for one whole story (its timeline entries), kept from one build to the
/// next while the story is the same: the same document objects in the same order. A document
/// object stands for its analysis, its place and its resolved actor ids (<see cref="StoryBuilder"/>
/// makes a new one when any of them changes), so an untouched story's result still holds, and a
/// grown collection works out only the stories its new articles joined. Safe for parallel
/// stories: each is keyed by its own first document.
/// </summary>
internal sealed class StoryMemo<T>
{
    private readonly Memo<StoryDocument, (StoryDocument[] Members, T Result)> _memo = new();

    public void NextGeneration() => _memo.NextGeneration();

    /// <summary>The last build's result for <paramref name="story"/> when it has the same documents; else <paramref name="compute"/>'s.</summary>
    public T Get(IReadOnlyList<StoryDocument> story, Func<T> compute)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(compute);
        if (story.Count == 0)
        {
            return compute();
        }

        if (_memo.TryGet(story[0], out var known) && Same(known.Members, story))
        {
            _memo.Set(story[0], known);
            return known.Result;
        }

        T result = compute();
        _memo.Set(story[0], ([.. story], result));
        return result;
    }

    private static bool Same(StoryDocument[] known, IReadOnlyList<StoryDocument> story)
    {
        if (known.Length != story.Count)
        {
            return false;
        }

        for (int i = 0; i < known.Length; i++)
        {
            if (!ReferenceEquals(known[i], story[i]))
            {
                return false;
            }
        }

        return true;
    }
}
