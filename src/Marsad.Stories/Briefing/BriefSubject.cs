using Marsad.Core.Stories;

namespace Marsad.Stories.Briefing;

/// <summary>
/// One thread or story a brief is about: its kind (<see cref="Thread"/> or <see cref="Story"/>),
/// id, title and articles; when chosen for a plain brief, the stories briefed with it because they
/// name its actors (<see cref="Tied"/>) and those left out (<see cref="LeftOut"/>).
/// </summary>
public sealed record BriefSubject(string Kind, string Id, string Title, IReadOnlyList<string> Documents)
{
    public IReadOnlyList<string> Tied { get; init; } = [];

    public IReadOnlyList<string> LeftOut { get; init; } = [];

    public const string Thread = "thread";

    public const string Story = "story";

    public static BriefSubject Of(StoryCluster story)
    {
        ArgumentNullException.ThrowIfNull(story);
        return new BriefSubject(Story, story.Id, story.Title, story.Documents);
    }

    public static BriefSubject Of(StoryThread thread, IReadOnlyDictionary<string, StoryCluster> stories)
    {
        ArgumentNullException.ThrowIfNull(thread);
        ArgumentNullException.ThrowIfNull(stories);
        return new BriefSubject(Thread, thread.Id, thread.Title,
            [.. thread.Stories.SelectMany(s => stories.TryGetValue(s, out StoryCluster? story) ? story.Documents : [])]);
    }
}
