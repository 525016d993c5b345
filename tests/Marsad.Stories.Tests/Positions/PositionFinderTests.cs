using Marsad.Core.Stories;
using Marsad.Stories.Positions;
using Marsad.Stories.Tests.Support;

namespace Marsad.Stories.Tests.Positions;

public class PositionFinderTests
{
    private const string Question = "انسحاب القوات الأمريكية من العراق";

    private static readonly Dictionary<string, string> NoDuplicates = [];

    private static string StanceOf(IReadOnlyList<StoryDocument> docs, IReadOnlyList<Position> positions, string speakerName)
    {
        foreach (Position p in positions)
        {
            foreach (StoryDocument d in docs)
            {
                var local = d.Digest.Entities.FirstOrDefault(e => d.EntityId(e.Id) == p.Entity);
                if (local is not null && local.Name.Contains(speakerName, StringComparison.Ordinal))
                {
                    return p.Stance;
                }
            }
        }
        return "(none)";
    }

    [Fact]
    public void Find_ReadsAnnouncementDenialDoubtAndWelcome()
    {
        var docs = Articles.Documents(
            Articles.Make("a", "بغداد - أعلن رئيس الوزراء العراقي محمد شياع السوداني أن انسحاب القوات الأمريكية من العراق سيكتمل في سبتمبر 2026.", "وكالة الأنباء العراقية", "2024-09-27"),
            Articles.Make("b", "واشنطن - نفت وزارة الدفاع الأمريكية أن تكون هناك مفاوضات بشأن انسحاب القوات الأمريكية من العراق.", "قناة الحرة", "2024-01-09"),
            Articles.Make("c", "وقال الباحث السياسي علي الموسوي إن الحديث عن انسحاب القوات الأمريكية من العراق مجرد دعاية انتخابية.", "صحيفة المدى", "2024-02-01"),
            Articles.Make("d", "وقالت حركة النجباء في بيان إن انسحاب القوات الأمريكية من العراق انتصار للمقاومة.", "قناة العهد", "2024-09-28"));

        var positions = PositionFinder.Find(docs, Question, NoDuplicates);

        Assert.Equal(Stances.For, StanceOf(docs, positions, "السوداني"));
        Assert.Equal(Stances.Against, StanceOf(docs, positions, "وزارة الدفاع"));
        Assert.Equal(Stances.Sceptical, StanceOf(docs, positions, "الموسوي"));
        Assert.Equal(Stances.For, StanceOf(docs, positions, "النجباء"));
        Assert.All(positions, p => Assert.Equal(Question, p.Question));
        Assert.All(positions, p => Assert.NotEmpty(p.Evidence));
    }

    [Fact]
    public void Find_AQuoteOnAnotherSubject_IsNoPosition()
    {
        var docs = Articles.Documents(
            Articles.Make("a", "وقال وزير النفط العراقي حيان عبد الغني إن صادرات النفط ارتفعت إلى ثلاثة ملايين برميل يوميا.", "وكالة", "2024-03-01"));

        Assert.Empty(PositionFinder.Find(docs, Question, NoDuplicates));
    }

    [Fact]
    public void Find_ADuplicateArticle_AddsNoSecondEvidence()
    {
        const string text = "واشنطن - نفت وزارة الدفاع الأمريكية أن تكون هناك مفاوضات بشأن انسحاب القوات الأمريكية من العراق.";
        var docs = Articles.Documents(Articles.Make("a", text, "قناة الحرة", "2024-01-09"), Articles.Make("b", text, "موقع آخر", "2024-01-10"));

        var positions = PositionFinder.Find(docs, Question, new Dictionary<string, string> { ["b"] = "a" });

        Assert.All(positions, p => Assert.All(p.Evidence, e => Assert.Equal("a", e.Document)));
    }
}
