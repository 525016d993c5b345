using Marsad.Core.Documents;
using Marsad.Core.Stories;
using Marsad.Stories.Claims;
using Marsad.Stories.Resolution;
using Marsad.Stories.Tests.Support;
using Marsad.Stories.Timeline;

namespace Marsad.Stories.Tests.Claims;

public class AttributionConflictsTests
{
    private const string Report = "قتل سبعة جنود في هجوم على نقطة تفتيش في مدينة ديار بكر مساء الأحد. ";

    private static IReadOnlyList<Conflict> Find(params Article[] articles)
    {
        var docs = NamedDocuments.Of(articles);
        var timeline = TimelineBuilder.Build(docs, NamedDocuments.NoDuplicates, NamedDocuments.OneStory(docs));
        return AttributionConflicts.Find(timeline, docs, [], AliasTable.Load());
    }

    private static List<string> Read(string sentence)
    {
        var doc = NamedDocuments.Of(Articles.Make("a", sentence, "وكالة الرافدين", "2025-04-14"))[0];
        return [.. AttributionReader.Read(doc, 0, sentence.Length, AliasTable.Load()).Select(a => a.Name)];
    }

    [Fact]
    public void Find_TwoOutletsNamingDifferentCulprits_AreAConflict()
    {
        const string claimed = Report + "وتبنى تنظيم داعش الهجوم في بيان نشره على الإنترنت.";
        var conflict = Assert.Single(Find(
            Articles.Make("a", claimed, "وكالة الرافدين", "2025-04-14"),
            Articles.Make("b", Report + "واتهمت الحكومة التركية حزب العمال الكردستاني بتنفيذ الهجوم.", "قناة الفرات", "2025-04-14")));

        Assert.Equal("conflict", conflict.Kind);
        Assert.Equal(AttributionConflicts.Topic, conflict.Topic);
        Assert.Equal(["تنظيم الدولة الإسلامية", "حزب العمال الكردستاني"], conflict.Claims.Select(c => (string)c.Value));
        Assert.Equal(["وكالة الرافدين", "قناة الفرات"], conflict.Claims.Select(c => c.Outlet));
        Evidence a = conflict.Claims[0].Evidence;
        Assert.Equal("وتبنى تنظيم داعش الهجوم في بيان نشره على الإنترنت.", claimed[a.Start..a.End]);
    }

    [Fact]
    public void Find_OutletsNamingTheSameCulprit_AreNoConflict()
    {
        Assert.Empty(Find(
            Articles.Make("a", Report + "وتبنى تنظيم داعش الهجوم في بيان نشره على الإنترنت.", "وكالة الرافدين", "2025-04-14"),
            Articles.Make("b", Report + "وأعلن تنظيم داعش مسؤوليته عن الهجوم.", "قناة الفرات", "2025-04-14")));
    }

    [Fact]
    public void Find_ADenialAgainstAClaim_IsNoAttribution()
    {
        Assert.Empty(Find(
            Articles.Make("a", Report + "وتبنى تنظيم داعش الهجوم في بيان نشره على الإنترنت.", "وكالة الرافدين", "2025-04-14"),
            Articles.Make("b", Report + "ونفى حزب العمال الكردستاني مسؤوليته عن الهجوم.", "قناة الفرات", "2025-04-14")));
    }

    [Fact]
    public void Find_AttacksOnDifferentDaysInDifferentCities_AreNotCompared()
    {
        Assert.Empty(Find(
            Articles.Make("a", Report + "وتبنى تنظيم داعش الهجوم في بيان نشره على الإنترنت.", "وكالة الرافدين", "2025-04-14"),
            Articles.Make("b", "قتل ثلاثة شرطيين في هجوم على مركز للشرطة في مدينة إزمير يوم الخميس. واتهمت الحكومة التركية حزب العمال الكردستاني بتنفيذ الهجوم.", "قناة الفرات", "2025-04-18")));
    }

    [Fact]
    public void Find_OneOutletNamingTwoCulpritsInTwoArticles_IsNoConflict()
    {
        Assert.Empty(Find(
            Articles.Make("a", Report + "وتبنى تنظيم داعش الهجوم في بيان نشره على الإنترنت.", "وكالة الرافدين", "2025-04-14"),
            Articles.Make("b", Report + "واتهمت الحكومة التركية حزب العمال الكردستاني بتنفيذ الهجوم.", "وكالة الرافدين", "2025-04-14")));
    }

    [Fact]
    public void Read_EachResponsibilityCue_NamesItsActor()
    {
        Assert.Equal(["حزب العمال الكردستاني"], Read("اتهمت أنقرة حزب العمال الكردستاني بتنفيذ الهجوم على القاعدة."));
        Assert.Equal(["حركة الشباب"], Read("ونسب الهجوم على الفندق إلى حركة الشباب."));
        Assert.Equal(["حركة الشباب"], Read("وقالت الشرطة إن حركة الشباب هي المسؤولة عن التفجير."));
        Assert.Equal(["حركة الشباب"], Read("وحملت الحكومة حركة الشباب مسؤولية الهجوم."));
        Assert.Equal(["حزب العمال الكردستاني"], Read("وأعلن حزب العمال الكردستاني مسؤوليته عن الهجوم."));
    }

    [Fact]
    public void Read_AnAccusationEndingInResponsibility_NamesTheAccusedNotTheAccuser()
    {
        Assert.Equal(["روسيا"], Read("واتهمت بريطانيا روسيا بالمسؤولية عن الهجوم بغاز سام على مدينة ساحلية."));
    }

    [Fact]
    public void Read_ADeniedOrUnrelatedCue_NamesNoOne()
    {
        Assert.Empty(Read("ونفت حركة الشباب مسؤوليتها عن الهجوم على الفندق."));
        Assert.Empty(Read("ولم تتبن حركة الشباب الهجوم حتى الآن."));
        Assert.Empty(Read("وتبنت حركة الشباب خطة جديدة للتفاوض مع الحكومة."));
    }
}
