using Marsad.Core.Digests;
using Marsad.Core.Stories;
using Marsad.Stories.Claims;
using Marsad.Stories.Duplicates;
using Marsad.Stories.Grouping;
using Marsad.Stories.Positions;
using Marsad.Stories.Resolution;
using Marsad.Stories.Threads;
using Marsad.Stories.Timeline;
using Marsad.Text.Names;

namespace Marsad.Stories;

/// <summary>
/// Articles' digests → the story they tell (<see cref="StoryAnalysis"/>): the user's speaker
/// corrections, then cross-document entity resolution, then the stages that join the resolved
/// documents. Pure in its result: the same digests and options give the same story. What each
/// stage reads from one article alone (roles, body signature, word counts, events, count claims,
/// headline, quotes prepared for stance) is in its <see cref="DocumentDigest"/>, read once with the
/// analysis; what ties those readings to the collection (folded names, actor ids put into events,
/// claims and word counts, stances on the question) is remembered from the last build, so a
/// collection that grows by a thousand articles works those out only for them; a story's timeline is kept
/// while the story keeps its documents, so only the stories new articles joined are worked out
/// again; the other cross-document joins run again over all. An article's readings that depend on
/// its resolved actor ids are reused only while those ids stand (ids are stable as articles are
/// added; see <see cref="EntityResolver"/>). One build at a time: a builder keeps this memory
/// between builds, and concurrent calls wait for each other.
/// </summary>
public sealed class StoryBuilder(StoryOptions options)
{
    private readonly Lock _building = new();
    private readonly Memo<string, NameForm> _names = new(StringComparer.Ordinal);
    private readonly Memo<DocumentDigest, ActorForms[]> _forms = new();
    private readonly Memo<DocumentDigest, RoleReading[][]> _roles = new();
    private readonly Memo<DocumentDigest, StoryDocument> _documents = new();
    private readonly Memo<StoryDocument, TermCounts> _counted = new();
    private readonly Memo<StoryDocument, List<SentenceEvent>> _events = new();
    private readonly StoryMemo<List<PlacedEntry>> _timelines = new();
    private readonly StoryMemo<ThreadProfile> _threadProfiles = new();
    private readonly Memo<StoryDocument, List<CountClaim>> _claims = new();
    private readonly Memo<StoryDocument, List<Conflict>> _corrections = new();
    private readonly Memo<StoryDocument, List<QuotedStance>> _stances = new();
    private string? _stancesOn;

    /// <summary>Only the collection's actors (the user's speaker corrections, then resolution): what <c>why</c> and <c>search --entity</c> need.</summary>
    public EntityResolution Resolve(IReadOnlyList<DocumentDigest> digests)
    {
        ArgumentNullException.ThrowIfNull(digests);
        return new EntityResolver(options.Aliases, options.Corrections).Resolve(Corrected(digests));
    }

    /// <summary>
    /// The grouping stage made ready over these articles (speaker corrections applied, actors
    /// resolved, copies found, features and candidate pairs worked out), for training and weighing
    /// link models, which group one collection many times.
    /// </summary>
    public PreparedGrouping PrepareGrouping(IReadOnlyList<DocumentDigest> digests)
    {
        ArgumentNullException.ThrowIfNull(digests);
        List<DocumentDigest> corrected = Corrected(digests);
        IReadOnlyDictionary<string, string> duplicateOf = DuplicateFinder.Find([.. corrected.Select((a, i) => new StoryDocument(i, a, []))]);
        EntityResolution resolution = new EntityResolver(options.Aliases, options.Corrections).Resolve(corrected);
        return StoryGrouper.Prepare([.. corrected.Select((a, i) => new StoryDocument(i, a, resolution.DocumentEntities[i]))], duplicateOf);
    }

    /// <summary>The digests with the user's speaker corrections applied.</summary>
    private List<DocumentDigest> Corrected(IReadOnlyList<DocumentDigest> digests) =>
        [.. digests.Select(a => SpeakerCorrections.Apply(a, options.Corrections, options.Aliases))];

    /// <param name="stage">Told each stage's name and wall time as it ends (for benchmarks), when given; duplicates and resolution run side by side, so their times overlap.</param>
    public StoryAnalysis Build(IReadOnlyList<DocumentDigest> analyses, Action<string, TimeSpan>? stage = null)
    {
        ArgumentNullException.ThrowIfNull(analyses);
        lock (_building)
        {
            NextGeneration();
            return BuildOnce(analyses, stage);
        }
    }

    private StoryAnalysis BuildOnce(IReadOnlyList<DocumentDigest> analyses, Action<string, TimeSpan>? stage)
    {
        var told = new Lock();
        T Timed<T>(string name, Func<T> run)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            T result = run();
            lock (told)
            {
                stage?.Invoke(name, clock.Elapsed);
            }
            return result;
        }

        List<DocumentDigest> corrected = Corrected(analyses);
        // Duplicates are read from the bodies alone, so they are found beside resolution (much of
        // which runs on one core), on documents that do not carry actor ids yet.
        Task<IReadOnlyDictionary<string, string>> copies = Task.Run(() => Timed("duplicates", () =>
            DuplicateFinder.Find([.. corrected.Select((a, i) => new StoryDocument(i, a, []))])));
        EntityResolution resolution;
        try
        {
            resolution = Timed("resolution", () => new EntityResolver(options.Aliases, options.Corrections)
                .Resolve(corrected, a => _forms.Get(a, _ => ActorForms.Of(a, name => _names.Get(name, NameForm.Of))), a => _roles.Get(a, EntityResolver.Roles)));
        }
        finally
        {
            // Never leave the duplicates task writing into the memory after this build has ended.
            Task.WaitAny(copies);
        }

        var documents = corrected.Select((a, i) => Document(i, a, resolution.DocumentEntities[i])).ToList();
        IReadOnlyDictionary<string, string> duplicateOf = copies.GetAwaiter().GetResult();
        StoryGrouping grouping = Timed("stories", () =>
            StoryGrouper.Group(documents, duplicateOf, d => _counted.Get(d, _ => StoryFeatures.Counted(d, StoryFeatures.Words(d)))));
        IReadOnlyDictionary<string, string> storyOf = grouping.StoryOf;
        IReadOnlyList<StoryCluster> stories = grouping.Stories;
        IReadOnlyList<StoryThread> threads = Timed("threads", () => ThreadFinder.Find(documents, duplicateOf, stories, members => _threadProfiles.Get(members, () => ThreadProfile.Of(members))));
        IReadOnlyList<TimelineEntry> timeline = Timed("timeline", () =>
            TimelineBuilder.Build(documents, duplicateOf, storyOf, d => _events.Get(d, DocumentEvents.Read), _timelines.Get));
        IReadOnlyList<Conflict> conflicts = Timed<IReadOnlyList<Conflict>>("conflicts", () =>
        [
            .. ConflictFinder.Find(documents, duplicateOf, storyOf, d => _claims.Get(d, ClaimReader.Read)),
            .. ExplicitCorrections.Find(documents, duplicateOf, d => _corrections.Get(d, ExplicitCorrections.Read)),
            .. CauseConflicts.Find(timeline, documents),
            // A plan's date is compared across its thread: a withdrawal "by September 2025" in 2024
            // against "by the end of 2026" in another year's story of the same talks.
            .. DateConflicts.Find(timeline, documents, storyOf, ThreadOf(storyOf, threads)),
            .. AttributionConflicts.Find(timeline, documents, resolution.Entities, options.Aliases),
        ]);

        string? question = options.Question is { Length: > 0 } given
            ? given
            : Timed("question", () => QuestionFinder.Find(documents, duplicateOf));
        if (!string.Equals(question, _stancesOn, StringComparison.Ordinal))
        {
            _stances.Clear();
            _stancesOn = question;
        }

        IReadOnlyList<Position> positions = question is null ? [] : Timed("positions", () =>
            PositionFinder.Find(documents, question, duplicateOf, (d, reader) => _stances.Get(d, _ => PositionFinder.Read(d, reader))));
        return new StoryAnalysis(documents, resolution.Entities, duplicateOf, storyOf, stories, timeline, conflicts, question, positions)
        {
            Threads = threads,
            Links = grouping.Links,
        };
    }

    /// <summary>Each document's thread, when its story is in one, else its story.</summary>
    private static Dictionary<string, string> ThreadOf(IReadOnlyDictionary<string, string> storyOf, IReadOnlyList<StoryThread> threads)
    {
        var threadOfStory = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (StoryThread thread in threads)
        {
            foreach (string story in thread.Stories)
            {
                threadOfStory.TryAdd(story, thread.Id);
            }
        }
        return storyOf.ToDictionary(p => p.Key, p => threadOfStory.GetValueOrDefault(p.Value) ?? p.Value, StringComparer.Ordinal);
    }

    /// <summary>The article as the collection sees it: the last build's object while its digest, place and actor ids stand, so its readings carry over.</summary>
    private StoryDocument Document(int index, DocumentDigest analysis, IReadOnlyList<string> entities)
    {
        if (_documents.TryGet(analysis, out StoryDocument? known) && known.Index == index && known.Entities.SequenceEqual(entities, StringComparer.Ordinal))
        {
            _documents.Set(analysis, known);
            return known;
        }

        var document = new StoryDocument(index, analysis, entities);
        _documents.Set(analysis, document);
        return document;
    }

    private void NextGeneration()
    {
        _names.NextGeneration();
        _roles.NextGeneration();
        _forms.NextGeneration();
        _documents.NextGeneration();
        _counted.NextGeneration();
        _events.NextGeneration();
        _timelines.NextGeneration();
        _threadProfiles.NextGeneration();
        _claims.NextGeneration();
        _corrections.NextGeneration();
        _stances.NextGeneration();
    }
}
