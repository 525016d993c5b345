using Marsad.Extraction.Analysis;
using Marsad.Stories.Duplicates;
using Marsad.Stories.Claims;
using Marsad.Stories.Grouping;
using Marsad.Stories.Model;
using Marsad.Stories.Positions;
using Marsad.Stories.Resolution;
using Marsad.Stories.Timeline;

namespace Marsad.Stories;

/// <summary>
/// Articles' analyses → the story they tell (<see cref="StoryAnalysis"/>): the user's speaker
/// corrections, then cross-document entity resolution, then the stages that read the resolved
/// documents. Pure: the same analyses and options give the same result.
/// </summary>
public sealed class StoryBuilder(StoryOptions options)
{
    /// <summary>Only the collection's actors (the user's speaker corrections, then resolution): what <c>why</c> and <c>search --entity</c> need.</summary>
    public EntityResolution Resolve(IReadOnlyList<ArticleAnalysis> analyses)
    {
        ArgumentNullException.ThrowIfNull(analyses);
        return new EntityResolver(options.Aliases, options.Corrections).Resolve(Corrected(analyses));
    }

    /// <summary>The analyses with the user's speaker corrections applied.</summary>
    private List<ArticleAnalysis> Corrected(IReadOnlyList<ArticleAnalysis> analyses) =>
        [.. analyses.Select(a => SpeakerCorrections.Apply(a, options.Corrections, options.Aliases))];

    /// <param name="stage">Told each stage's name and wall time as it ends (for benchmarks), when given.</param>
    public StoryAnalysis Build(IReadOnlyList<ArticleAnalysis> analyses, Action<string, TimeSpan>? stage = null)
    {
        ArgumentNullException.ThrowIfNull(analyses);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        T Timed<T>(string name, Func<T> run)
        {
            clock.Restart();
            T result = run();
            stage?.Invoke(name, clock.Elapsed);
            return result;
        }

        List<ArticleAnalysis> corrected = Corrected(analyses);
        EntityResolution resolution = Timed("resolution", () => new EntityResolver(options.Aliases, options.Corrections).Resolve(corrected));
        var documents = corrected.Select((a, i) => new StoryDocument(i, a, resolution.DocumentEntities[i])).ToList();

        IReadOnlyDictionary<string, string> duplicateOf = Timed("duplicates", () => DuplicateFinder.Find(documents));
        StoryGrouping grouping = Timed("stories", () => StoryGrouper.Group(documents, duplicateOf));
        IReadOnlyDictionary<string, string> storyOf = grouping.StoryOf;
        IReadOnlyList<StoryCluster> stories = grouping.Stories;
        IReadOnlyList<TimelineEntry> timeline = Timed("timeline", () => TimelineBuilder.Build(documents, duplicateOf, storyOf));
        IReadOnlyList<Conflict> conflicts = Timed<IReadOnlyList<Conflict>>("conflicts", () => [.. ConflictFinder.Find(documents, duplicateOf, storyOf), .. CauseConflicts.Find(timeline, documents),
            .. DateConflicts.Find(timeline, documents, storyOf),
            .. AttributionConflicts.Find(timeline, documents, resolution.Entities, options.Aliases)]);

        string? question = options.Question is { Length: > 0 } given ? given : Timed("question", () => QuestionFinder.Find(documents, duplicateOf));
        IReadOnlyList<Position> positions = question is null ? [] : Timed("positions", () => PositionFinder.Find(documents, question, duplicateOf));
        return new StoryAnalysis(documents, resolution.Entities, duplicateOf, storyOf, stories, timeline, conflicts, question, positions);
    }
}
