using Marsad.Stories.Positions;
using Marsad.Stories.Tests.Support;

namespace Marsad.Stories.Tests.Positions;

public class QuestionFinderTests
{
    [Fact]
    public void Find_TakesTheActionMostHeadlinesShare_AsTheEarliestWritesIt()
    {
        var docs = Articles.Documents(
            Articles.Make("a", "قال مسؤولون إن المفاوضات مستمرة.", "وكالة", "2024-01-10", "ما مصير انسحاب قوات التحالف من العراق؟"),
            Articles.Make("b", "اجتمع الوفدان في بغداد.", "صحيفة", "2024-01-12", "بغداد وواشنطن تتفقان على خطة انسحاب التحالف الدولي"),
            Articles.Make("c", "أكد البرلمان موقفه.", "قناة", "2024-01-15", "هل تنجح المفاوضات في انسحاب قوات التحالف الدولي؟"));

        Assert.Equal("انسحاب قوات التحالف من العراق", QuestionFinder.Find(docs, new Dictionary<string, string>()));
    }

    [Fact]
    public void Find_NoWordInTwoHeadlines_GivesNoQuestion()
    {
        var docs = Articles.Documents(
            Articles.Make("a", "نص أول.", "وكالة", "2024-01-10", "ارتفاع أسعار النفط"),
            Articles.Make("b", "نص ثان.", "صحيفة", "2024-01-12", "افتتاح معرض الكتاب"));

        Assert.Null(QuestionFinder.Find(docs, new Dictionary<string, string>()));
    }
}
