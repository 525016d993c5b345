using Marsad.Core.Analysis;
using Marsad.Stories.Resolution;
using static Marsad.Stories.Tests.Support.Marked;
using Marsad.Core.Digests;

namespace Marsad.Stories.Tests.Resolution;

/// <summary>Roles on the collection's actors, and roles as evidence for and against a short form's merge.</summary>
public class RoleEvidenceTests
{
    private static EntityResolution Resolve(params DocumentDigest[] documents) =>
        new EntityResolver(AliasTable.Load(), Corrections.None).Resolve(documents);

    private static DocumentDigest PrimeMinister(string id, string published) =>
        Article(id, published, "وأكد رئيس الوزراء العراقي [محمد شياع السوداني] أن الحكومة ستدفع رواتب الموظفين في موعدها.");

    private static DocumentDigest Footballer(string id, string published) =>
        Article(id, published, "سجل اللاعب [حسين السوداني] هدفين في مباراة فريقه أمس. وقال المدرب إن الفريق قدم أداء جيدا.");

    private static DocumentDigest ShortFormAsPrimeMinister(string id, string published) =>
        Article(id, published, "وقال رئيس الوزراء العراقي [السوداني] إن الانتخابات المحلية ستجري في موعدها.");

    [Fact]
    public void Resolve_AShortFormFittingTwoPeopleEquallyOften_IsDecidedByTheRoleBothHoldThatYear()
    {
        var result = Resolve(PrimeMinister("a", "2024-02-10"), Footballer("b", "2024-03-01"), ShortFormAsPrimeMinister("c", "2024-04-20"));

        var persons = result.Entities.Where(e => e.Type == EntityType.Person).ToList();
        Assert.Equal(2, persons.Count);
        var pm = Assert.Single(persons, e => e.Name == "محمد شياع السوداني");
        Assert.Equal(["a", "c"], pm.Documents);
        var merge = Assert.Single(pm.Evidence, e => e.Rule == MergeRules.ShortForm);
        Assert.Contains("رئيس الوزراء العراقي", merge.Detail, StringComparison.Ordinal);
        Assert.Contains("2024", merge.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_TheSameRoleInAnotherYear_DoesNotDecide()
    {
        var result = Resolve(PrimeMinister("a", "2023-02-10"), Footballer("b", "2024-03-01"), ShortFormAsPrimeMinister("c", "2024-04-20"));

        Assert.Equal(3, result.Entities.Count(e => e.Type == EntityType.Person));
    }

    [Fact]
    public void Resolve_TwoPrimeMinistersOfDifferentYearsAndUnnamedMentionsOfTheOffice_StayApart()
    {
        var result = Resolve(
            Article("a", "2021-06-01", "وقال رئيس الوزراء العراقي [مصطفى الكاظمي] إن الحكومة ستجري الانتخابات في موعدها."),
            Article("b", "2024-06-01", "وقال رئيس الوزراء العراقي [محمد شياع السوداني] إن الحكومة ستفتتح المشروع قريبا."),
            Article("c", "2024-07-01", "وقال رئيس الوزراء العراقي إن الحكومة تدرس مطالب المحتجين."),
            Article("d", "2021-07-01", "وأعلن رئيس الوزراء العراقي أن الحكومة تدرس مطالب المحتجين."));

        var persons = result.Entities.Where(e => e.Type == EntityType.Person).ToList();
        Assert.Equal(2, persons.Count);
        Assert.All(persons, p => Assert.Single(p.Documents));
        Assert.Equal("رئيس الوزراء العراقي (2021)", Assert.Single(Assert.Single(persons, p => p.Name == "مصطفى الكاظمي").Roles).ToString());
        Assert.Equal("رئيس الوزراء العراقي (2024)", Assert.Single(Assert.Single(persons, p => p.Name == "محمد شياع السوداني").Roles).ToString());
    }

    [Fact]
    public void Resolve_AShortFormCalledByAnOfficeAnotherFullNameHoldsThatYear_StaysApartFromItsOnlyFit()
    {
        var result = Resolve(
            PrimeMinister("a", "2024-02-10"),
            Article("b", "2024-03-01", "افتتح المحافظ [علي الكاظمي] جسرا جديدا في المدينة."),
            Article("c", "2024-04-01", "وقال رئيس الوزراء العراقي [الكاظمي] إن الحكومة ستدفع الرواتب."));

        Assert.Equal(3, result.Entities.Count(e => e.Type == EntityType.Person));
    }

    [Fact]
    public void Resolve_AShortFormWithoutARole_StillJoinsItsOnlyFit()
    {
        var result = Resolve(PrimeMinister("a", "2024-02-10"), Article("b", "2024-03-01", "وصل [السوداني] إلى أنقرة في زيارة رسمية."));

        Assert.Equal(["a", "b"], Assert.Single(result.Entities, e => e.Type == EntityType.Person).Documents);
    }

    [Fact]
    public void Resolve_AnActorsRoles_CarryTheYearsAndOneFormForSpellingVariants()
    {
        var result = Resolve(
            Article("a", "2023-05-01", "وقال الرئيس الأميركي [جو بايدن] إن المفاوضات جدية."),
            Article("b", "2024-05-01", "أكد [جو بايدن]، الرئيس الأمريكي، أن المفاوضات جدية. وقال الرئيس الأمريكي [جو بايدن] إنه متفائل."),
            Article("c", "2024-06-01", "وأضاف الرئيس الأمريكي [جو بايدن] أن الاتفاق قريب."));

        var role = Assert.Single(Assert.Single(result.Entities).Roles);
        Assert.Equal("الرئيس الأمريكي", role.Role);
        Assert.Equal([2023, 2024], role.Years);
        Assert.Equal(3, role.Articles);
        Assert.Equal("الرئيس الأمريكي (2023, 2024)", role.ToString());
    }
}
