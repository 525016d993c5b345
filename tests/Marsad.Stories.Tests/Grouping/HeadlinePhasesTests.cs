using Marsad.Core.Digests;
using Marsad.Core.Stories;
using Marsad.Stories.Grouping;
using Marsad.Stories.Places;

namespace Marsad.Stories.Tests.Grouping;

/// <summary>Two turns of one affair, told apart by their headlines: a leader's win, then an envoy expelled.</summary>
public class HeadlinePhasesTests
{
    private static EventProfile Headed(params string[] kinds) =>
        new(100, false, new HashSet<string>(kinds, StringComparer.Ordinal), new PlaceSet(), new HashSet<string>(StringComparer.Ordinal),
            new HashSet<string>(StringComparer.Ordinal), [], [], new HashSet<string>(StringComparer.Ordinal), kinds);

    private static HeadlinePhases Joined(EventProfile[] profiles, params (int A, int B)[] joins)
    {
        var phases = new HeadlinePhases(profiles);
        foreach ((int a, int b) in joins)
        {
            phases.Merge(a, b, a);
        }
        return phases;
    }

    [Fact]
    public void TwoStoriesWhoseHeadlinesTellKindsOfDifferentFamilies_Clash()
    {
        EventProfile[] profiles = [Headed(EventKinds.Win), Headed(EventKinds.Win), Headed(EventKinds.Expulsion), Headed(EventKinds.Expulsion)];

        HeadlinePhases phases = Joined(profiles, (0, 1), (2, 3));

        Assert.True(phases.Clash(0, 2));
    }

    [Fact]
    public void OneHeadlineAlone_HasNoPhase_AndIsLeftToTheLinkModel()
    {
        EventProfile[] profiles = [Headed(EventKinds.Win), Headed(EventKinds.Expulsion), Headed(EventKinds.Expulsion)];

        HeadlinePhases phases = Joined(profiles, (1, 2));

        Assert.False(phases.Clash(0, 1));
    }

    [Fact]
    public void KindsOfOneFamily_DoNotClash()
    {
        // A car bomb is headed as an attack by one outlet and an explosion by another.
        EventProfile[] profiles = [Headed(EventKinds.Attack), Headed(EventKinds.Attack), Headed(EventKinds.Explosion), Headed(EventKinds.Explosion)];

        HeadlinePhases phases = Joined(profiles, (0, 1), (2, 3));

        Assert.False(phases.Clash(0, 2));
    }

    [Fact]
    public void AnAnnouncement_FramesTheEvent_AndIsNoPhase()
    {
        EventProfile[] profiles =
        [
            Headed(EventKinds.Announcement, EventKinds.Resignation), Headed(EventKinds.Announcement),
            Headed(EventKinds.Resignation), Headed(EventKinds.Resignation),
        ];

        HeadlinePhases phases = Joined(profiles, (0, 1), (2, 3));

        Assert.False(phases.Clash(0, 2));
    }

    [Fact]
    public void AStoryWhoseHeadlinesMostlyTellTheOthersTurnToo_DoesNotClash()
    {
        // Headlines that tell both turns ("arrest … and protests") bridge them.
        EventProfile[] profiles =
        [
            Headed(EventKinds.Arrest), Headed(EventKinds.Arrest),
            Headed(EventKinds.Protest, EventKinds.Arrest), Headed(EventKinds.Protest, EventKinds.Arrest), Headed(EventKinds.Protest),
        ];

        HeadlinePhases phases = Joined(profiles, (0, 1), (2, 3), (2, 4));

        Assert.False(phases.Clash(0, 2));
    }

    [Fact]
    public void TheLinker_KeepsTwoTurnsApart_ThoughEveryPairIsLikelyOneEvent()
    {
        EventProfile[] profiles = [Headed(EventKinds.Win), Headed(EventKinds.Win), Headed(EventKinds.Expulsion), Headed(EventKinds.Expulsion)];
        (int, int)[] pairs = [(0, 1), (2, 3), (1, 2)];
        double[] chances = [0.99, 0.99, 0.98];
        var model = new LinkModel(0, new double[PairFeatures.Names.Count], 0.9, 0.5);

        UnionFind stories = StoryLinker.Link(new StoryDocument[4], profiles, pairs, chances, (_, _) => 0.98, model);

        Assert.Equal(stories.Find(0), stories.Find(1));
        Assert.Equal(stories.Find(2), stories.Find(3));
        Assert.NotEqual(stories.Find(0), stories.Find(2));
    }
}
