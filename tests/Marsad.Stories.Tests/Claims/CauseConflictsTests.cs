using Marsad.Core.Documents;
using Marsad.Core.Stories;
using Marsad.Stories.Claims;
using Marsad.Stories.Tests.Support;
using Marsad.Stories.Timeline;

namespace Marsad.Stories.Tests.Claims;

public class CauseConflictsTests
{
    private static IReadOnlyList<Conflict> Find(params Article[] articles)
    {
        var docs = NamedDocuments.Of(articles);
        var timeline = TimelineBuilder.Build(docs, NamedDocuments.NoDuplicates, NamedDocuments.OneStory(docs));
        return CauseConflicts.Find(timeline, docs);
    }

    [Fact]
    public void Find_ACarBombAgainstAnArmsDepot_IsACauseConflict()
    {
        var conflicts = Find(
            Articles.Make("a", "هز انفجار عنيف حي الكرادة في بغداد مساء الأحد، وقالت الشرطة إنه ناجم عن سيارة مفخخة ركنت قرب السوق.", "وكالة أ", "2025-03-09"),
            Articles.Make("b", "وقع انفجار في حي الكرادة ببغداد مساء الأحد، وأكد مصدر أمني أن الانفجار نجم عن مستودع للذخيرة داخل أحد المنازل.", "قناة ب", "2025-03-09"));

        var conflict = Assert.Single(conflicts);
        Assert.Equal("conflict", conflict.Kind);
        Assert.Equal(CauseConflicts.Topic, conflict.Topic);
        Assert.Equal(["سيارة مفخخة", "انفجار مستودع ذخيرة"], conflict.Claims.Select(c => (string)c.Value));
        Assert.Equal(["وكالة أ", "قناة ب"], conflict.Claims.Select(c => c.Outlet));
    }

    [Fact]
    public void Find_SourcesAgreeingOnTheCause_MakeNoConflict()
    {
        var conflicts = Find(
            Articles.Make("a", "هز انفجار عنيف حي الكرادة في بغداد مساء الأحد، وقالت الشرطة إنه ناجم عن سيارة مفخخة.", "وكالة أ", "2025-03-09"),
            Articles.Make("b", "وقع انفجار سيارة مفخخة في حي الكرادة ببغداد مساء الأحد.", "قناة ب", "2025-03-09"));

        Assert.Empty(conflicts);
    }

    [Fact]
    public void Read_ACauseTheSentenceRejects_IsNotClaimed()
    {
        Assert.Empty(CauseReader.Read("نفت وزارة الداخلية أن يكون انفجار الكرادة ناجما عن سيارة مفخخة."));
        Assert.Equal(["سيارة مفخخة"], CauseReader.Read("قالت الشرطة إن الانفجار نجم عن سيارة مفخخة."));
        Assert.Empty(CauseReader.Read("وصلت سيارة مفخخة إلى المعرض الفني بوصفها عملا تركيبيا."));
        Assert.Empty(CauseReader.Read("واستهدفت الغارة مستودعات للأسلحة قرب المطار."));
        Assert.Equal(["عبوة ناسفة"], CauseReader.Read("أصيب أربعة جنود إثر تفجير عبوة ناسفة استهدفت دورية."));
        Assert.Equal(["هجوم انتحاري"], CauseReader.Read("قتل عشرون شخصا في هجوم انتحاري على سوق المدينة."));
    }
}
