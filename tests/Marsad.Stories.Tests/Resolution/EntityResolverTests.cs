using Marsad.Core.Stories;
using Marsad.Stories.Resolution;
using static Marsad.Stories.Tests.Support.Analyses;
using Marsad.Core.Digests;

namespace Marsad.Stories.Tests.Resolution;

public class EntityResolverTests
{
    private static EntityResolution Resolve(params DocumentDigest[] documents) =>
        new EntityResolver(AliasTable.Load(), Corrections.None).Resolve(documents);

    private static ResolvedEntity Only(EntityResolution resolution, string name) => Assert.Single(resolution.Find(name));

    [Fact]
    public void Resolve_TheSameNameInTwoArticles_IsOneActorNamedInBoth()
    {
        var result = Resolve(Of("a", Per("قيس الخزعلي")), Of("b", Per("قيس الخزعلى")));

        var actor = Assert.Single(result.Entities);
        Assert.Equal(["a", "b"], actor.Documents);
        Assert.Equal(result.DocumentEntities[0][0], result.DocumentEntities[1][0]);
        Assert.Contains(actor.Evidence, e => e.Rule == MergeRules.SameName);
    }

    [Fact]
    public void Resolve_TheSameNameInTheAliasTable_StillSaysItWasTheSameName()
    {
        var result = Resolve(Of("a", Loc("إيران")), Of("b", Loc("إيران")));

        Assert.Contains(Assert.Single(result.Entities).Evidence, e => e.Rule == MergeRules.SameName);
    }

    [Fact]
    public void Resolve_LettersInAnotherOrder_JoinWithoutTheAliasTable()
    {
        var result = new EntityResolver(AliasTable.Empty, Corrections.None).Resolve([Of("a", Loc("أميركا")), Of("b", Loc("أمريكا"))]);

        var actor = Assert.Single(result.Entities);
        Assert.Contains(actor.Evidence, e => e.Rule == MergeRules.Spelling);
    }

    [Fact]
    public void Resolve_AMetonymInTheAliasTable_JoinsTheMinistryUnderItsTableName()
    {
        var result = Resolve(Of("a", Org("البنتاغون")), Of("b", Org("وزارة الدفاع الأميركية")));

        var actor = Assert.Single(result.Entities);
        Assert.Equal("وزارة الدفاع الأمريكية", actor.Name);
        Assert.Contains("البنتاغون", actor.Aliases);
        Assert.Contains(actor.Evidence, e => e.Rule == MergeRules.Alias && e.Detail.Contains("aliases-ar.tsv", StringComparison.Ordinal));
    }

    [Fact]
    public void Resolve_AnOrganisationTaggedAsAPlace_TakesTheAliasTablesType()
    {
        var result = Resolve(Of("a", Loc("داعش")), Of("b", Org("تنظيم الدولة الإسلامية")));

        var actor = Assert.Single(result.Entities);
        Assert.Equal(Marsad.Core.Analysis.EntityType.Organization, actor.Type);
    }

    [Fact]
    public void Resolve_AFamilyNameAloneWithOneBearer_JoinsTheFullName()
    {
        var result = Resolve(Of("a", Per("محمد شياع السوداني", "السوداني")), Of("b", Per("السوداني")));

        var actor = Assert.Single(result.Entities);
        Assert.Equal("محمد شياع السوداني", actor.Name);
        Assert.Contains(actor.Evidence, e => e.Rule == MergeRules.ShortForm);
    }

    [Fact]
    public void Resolve_AFamilyNameYearsAwayFromTheFullName_StaysApart()
    {
        var apart = Resolve(Dated("a", "2024-01-15", Per("محمد شياع السوداني")), Dated("b", "2010-05-02", Per("السوداني")));
        var together = Resolve(Dated("a", "2024-01-15", Per("محمد شياع السوداني")), Dated("c", "2023-11-30", Per("السوداني")));

        Assert.Equal(2, apart.Entities.Count);
        Assert.Equal(["a", "c"], Assert.Single(together.Entities).Documents);
    }

    [Fact]
    public void Resolve_AFamilyNameSharedByTwoPeopleAsOftenAsEachOther_StaysApart()
    {
        var result = Resolve(Of("a", Per("مقتدى الصدر")), Of("b", Per("محمد باقر الصدر")), Of("c", Per("الصدر")));

        Assert.Equal(3, result.Entities.Count);
    }

    [Fact]
    public void Resolve_AFamilyNameMostlyMeaningOnePerson_GoesToThatPerson()
    {
        var result = Resolve(
            Of("a", Per("دونالد ترامب")), Of("b", Per("دونالد ترامب")), Of("c", Per("دونالد ترامب")), Of("d", Per("دونالد ترامب")),
            Of("e", Per("إيفانكا ترامب")), Of("f", Per("ترامب")));

        Assert.Equal(2, result.Entities.Count);
        Assert.Contains("f", Only(result, "دونالد ترامب").Documents);
        Assert.Equal(["e"], Only(result, "إيفانكا ترامب").Documents);
    }

    [Fact]
    public void Resolve_APersonAndAPlaceSharingAWord_NeverMerge()
    {
        var result = Resolve(Of("a", Per("مقتدى الصدر")), Of("b", Loc("مدينة الصدر")), Of("c", Org("كتلة الصدر")), Of("d", Per("الصدر")));

        Assert.Equal(3, result.Entities.Count);
        Assert.Equal(["a", "d"], Only(result, "مقتدى الصدر").Documents);
        Assert.Equal(["b"], Only(result, "مدينة الصدر").Documents);
    }

    [Fact]
    public void Resolve_GivenNamesThatDifferByOneLetter_StayApart()
    {
        var result = Resolve(Of("a", Per("محمد عباس")), Of("b", Per("محمود عباس")), Of("c", Per("حسن نصر الله")), Of("d", Per("حسين نصر الله")));

        Assert.Equal(4, result.Entities.Count);
    }

    [Fact]
    public void Resolve_ANotSameCorrection_KeepsTwoArticlesActorsApart()
    {
        var corrections = Corrections.Parse(new StringReader("not-same\tعلي حسين\tعلي حسين\n"), "fixes.tsv");
        var result = new EntityResolver(AliasTable.Load(), corrections).Resolve([Of("a", Per("علي حسين")), Of("b", Per("علي حسين"))]);

        Assert.Equal(2, result.Entities.Count);
    }

    [Fact]
    public void Resolve_SameAsAndTypeCorrections_AreApplied()
    {
        var corrections = Corrections.Parse(new StringReader("same-as\tأبو مهدي المهندس\tجمال جعفر إبراهيم\ntype\tالفتح\tORG\n"), "fixes.tsv");
        var result = new EntityResolver(AliasTable.Load(), corrections).Resolve(
            [Of("a", Per("أبو مهدي المهندس")), Of("b", Per("جمال جعفر إبراهيم"), Loc("الفتح"))]);

        var engineer = Only(result, "أبو مهدي المهندس");
        Assert.Equal(["a", "b"], engineer.Documents);
        Assert.Contains(engineer.Evidence, e => e.Rule == MergeRules.Correction);
        Assert.Equal(Marsad.Core.Analysis.EntityType.Organization, Only(result, "الفتح").Type);
    }

    [Fact]
    public void Find_ReadsAnIdOrAnyNameUnderSpellingFolds()
    {
        var result = Resolve(Of("a", Org("البنتاغون")), Of("b", Org("وزارة الدفاع الأمريكية")));
        string id = result.Entities[0].Id;

        Assert.Same(result.Entities[0], Assert.Single(result.Find(id)));
        Assert.Same(result.Entities[0], Assert.Single(result.Find("وزارة الدفاع الاميركيه")));
        Assert.Empty(result.Find("الكرملين"));
    }

    [Fact]
    public void Find_AShortFormNeverUsedAlone_FindsTheActorsItShortens()
    {
        var result = Resolve(Of("a", Per("محمد شياع السوداني")), Of("b", Loc("السودان")));

        Assert.Equal("محمد شياع السوداني", Assert.Single(result.Find("السوداني")).Name);
    }

    [Fact]
    public void Resolve_IdsFollowFirstAppearance()
    {
        var result = Resolve(Of("a", Per("قيس الخزعلي"), Loc("بغداد")), Of("b", Loc("بغداد"), Per("هادي العامري")));

        // An actor's id is the place of its first mention among all the articles' actors.
        Assert.Equal(["e1", "e2", "e4"], result.Entities.Select(e => e.Id));
        Assert.Equal(["e2", "e4"], result.DocumentEntities[1]);
    }

    [Fact]
    public void Resolve_ActorsKeepTheirIdsWhenArticlesAreAdded()
    {
        var before = Resolve(Of("a", Per("قيس الخزعلي"), Loc("بغداد")), Of("b", Loc("بغداد"), Per("هادي العامري")));

        var after = Resolve(
            Of("a", Per("قيس الخزعلي"), Loc("بغداد")), Of("b", Loc("بغداد"), Per("هادي العامري")),
            Of("c", Per("نوري المالكي"), Per("الخزعلي"), Loc("البصرة")));

        Assert.Equal(before.DocumentEntities[0], after.DocumentEntities[0]);
        Assert.Equal(before.DocumentEntities[1], after.DocumentEntities[1]);
        Assert.Equal(after.DocumentEntities[0][0], after.DocumentEntities[2][1]);
        string[] earlier = [.. before.DocumentEntities.SelectMany(ids => ids)];
        Assert.DoesNotContain(after.DocumentEntities[2][0], earlier);
        Assert.DoesNotContain(after.DocumentEntities[2][2], earlier);
    }
}
