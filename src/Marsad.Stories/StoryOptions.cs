using Marsad.Stories.Resolution;

namespace Marsad.Stories;

/// <summary>What a user adds to a story analysis: their alias table, their corrections, and the central question when they know it.</summary>
public sealed record StoryOptions(AliasTable Aliases, Corrections Corrections, string? Question = null)
{
    /// <summary>The shipped alias table, no corrections, the question found automatically.</summary>
    public static StoryOptions Default => new(AliasTable.Load(), Corrections.None);
}
