using Marsad.Core.Analysis;
using Marsad.Extraction.Entities;
using Marsad.Extraction.Entities.Linking;

namespace Marsad.Extraction.Tests.Entities.Linking;

public class MentionLinkerTests
{
    private static EntityMention Per(string text) => new(0, text.Length, text, EntityType.Person, 0.9);

    private static EntityMention Org(string text) => new(0, text.Length, text, EntityType.Organization, 0.9);

    private static EntityMention Loc(string text) => new(0, text.Length, text, EntityType.Location, 0.9);

    [Fact]
    public void Link_FamilyNameJoinsTheFullName()
    {
        var linked = MentionLinker.Link([Per("محمد شياع السوداني"), Per("السوداني"), Per("السوداني")]);

        Assert.Single(linked.Entities);
        Assert.Equal("محمد شياع السوداني", linked.Entities[0].Name);
        Assert.Equal(["السوداني"], linked.Entities[0].Aliases);
        Assert.Equal([0, 0, 0], linked.EntityOfMention);
    }

    [Fact]
    public void Link_GenericHeadWordAloneIsNoActorAndJoinsNothing()
    {
        var linked = MentionLinker.Link([Org("كتائب حزب الله"), Org("كتائب"), Org("الحركة")]);

        LocalEntity entity = Assert.Single(linked.Entities);
        Assert.Equal("كتائب حزب الله", entity.Name);
        Assert.Empty(entity.Aliases);
        Assert.Equal([0, -1, -1], linked.EntityOfMention);
    }

    [Fact]
    public void Link_NameParticleAloneIsNoActor()
    {
        var linked = MentionLinker.Link([Loc("أبو"), Per("أبو مهدي المهندس")]);

        Assert.Equal("أبو مهدي المهندس", Assert.Single(linked.Entities).Name);
        Assert.Equal([-1, 0], linked.EntityOfMention);
    }

    [Fact]
    public void Link_InstitutionAloneStillJoinsItsFullName()
    {
        var linked = MentionLinker.Link([Org("الجيش العراقي"), Org("الجيش")]);

        Assert.Single(linked.Entities);
        Assert.Equal([0, 0], linked.EntityOfMention);
    }

    [Fact]
    public void Link_ShortFormBeforeTheFullNameStillJoinsIt()
    {
        var linked = MentionLinker.Link([Per("الخزعلي"), Per("قيس الخزعلي")]);

        Assert.Single(linked.Entities);
        Assert.Equal("قيس الخزعلي", linked.Entities[0].Name);
    }

    [Fact]
    public void Link_PersonAndPlaceSharingAWordStayApart()
    {
        var linked = MentionLinker.Link([Per("مقتدى الصدر"), Loc("مدينة الصدر"), Per("الصدر")]);

        Assert.Equal(2, linked.Entities.Count);
        Assert.Equal(linked.EntityOfMention[0], linked.EntityOfMention[2]);
        Assert.NotEqual(linked.EntityOfMention[0], linked.EntityOfMention[1]);
    }

    [Fact]
    public void Link_AmbiguousFamilyNameJoinsNoOne()
    {
        var linked = MentionLinker.Link([Per("مقتدى الصدر"), Per("محمد باقر الصدر"), Per("الصدر")]);

        Assert.Equal(3, linked.Entities.Count);
        Assert.Equal("الصدر", linked.Entities[linked.EntityOfMention[2]].Name);
    }

    [Fact]
    public void Link_MiddleWordAndLoneParticleDoNotJoin()
    {
        var linked = MentionLinker.Link([Per("محمد شياع السوداني"), Per("شياع"), Per("أبو فدك المحمداوي"), Per("أبو")]);

        // The middle word stays its own actor; the lone particle is no actor at all.
        Assert.Equal(3, linked.Entities.Count);
        Assert.Equal(-1, linked.EntityOfMention[3]);
    }

    [Fact]
    public void Link_SpellingVariantsOfOneFormAreOneActor()
    {
        var linked = MentionLinker.Link([Loc("الولايات المتحدة الأمريكية"), Loc("الولايات المتحده الامريكية"), Loc("العراق"), Loc("عراق")]);

        Assert.Equal(2, linked.Entities.Count);
        Assert.Equal(linked.EntityOfMention[0], linked.EntityOfMention[1]);
        Assert.Equal(linked.EntityOfMention[2], linked.EntityOfMention[3]);
    }

    [Fact]
    public void Link_PlaceInsideALongerPlaceNameStaysItself()
    {
        var linked = MentionLinker.Link([Loc("مطار بغداد الدولي"), Loc("بغداد")]);

        Assert.Equal(2, linked.Entities.Count);
    }

    [Fact]
    public void Link_OrganisationShortenedFromTheEndJoinsIt()
    {
        var linked = MentionLinker.Link([Org("وزارة الدفاع الأمريكية"), Org("وزارة الدفاع"), Org("الدفاع الأمريكية")]);

        Assert.Equal(linked.EntityOfMention[0], linked.EntityOfMention[1]);
        Assert.NotEqual(linked.EntityOfMention[0], linked.EntityOfMention[2]);
    }

    [Fact]
    public void Link_OneFormTaggedTwoWaysTakesItsMajorityType()
    {
        var linked = MentionLinker.Link([Org("النجباء"), Per("النجباء"), Org("النجباء")]);

        var entity = Assert.Single(linked.Entities);
        Assert.Equal(EntityType.Organization, entity.Type);
    }

    [Fact]
    public void Link_EntitiesAreNumberedInOrderOfFirstMention()
    {
        var linked = MentionLinker.Link([Loc("بغداد"), Per("السوداني"), Per("محمد شياع السوداني")]);

        Assert.Equal("بغداد", linked.Entities[0].Name);
        Assert.Equal("محمد شياع السوداني", linked.Entities[1].Name);
        Assert.Equal([0, 1, 1], linked.EntityOfMention);
    }

    [Fact]
    public void Link_NoMentionsGivesNoEntities()
    {
        var linked = MentionLinker.Link([]);

        Assert.Empty(linked.Entities);
        Assert.Empty(linked.EntityOfMention);
    }
}
