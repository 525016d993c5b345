using Marsad.Core.Stories;
using Marsad.Stories.Tests.Support;

namespace Marsad.Stories.Tests.Threads;

/// <summary>
/// Threads: stories months or years apart that put forward the same actors and speak of the same
/// thing are one developing story; stories of other actors and topics stay out of it. The
/// articles are ours, written for these tests.
/// </summary>
public class ThreadFinderTests
{
    private static StoryAnalysis Build(params Core.Documents.Article[] articles) =>
        new StoryBuilder(StoryOptions.Default).Build([.. articles.Select(Articles.Analyze)]);

    /// <summary>Talks on the coalition's withdrawal from Iraq, in three rounds over three years.</summary>
    private static readonly Core.Documents.Article[] Withdrawal =
    [
        Articles.Make("w2021", "أعلنت الحكومة العراقية والولايات المتحدة في بغداد انتهاء الجولة الأولى من الحوار الاستراتيجي بشأن انسحاب قوات التحالف الدولي من العراق. " +
            "وقال رئيس الوزراء العراقي إن القوات القتالية للتحالف الدولي ستغادر العراق، وإن المستشارين الأمريكيين سيبقون لتدريب القوات العراقية. " +
            "وأكد البنتاغون أن انسحاب القوات القتالية من العراق سيجري بالتنسيق مع الحكومة العراقية.",
            "وكالة الشرق", "2021-07-26T10:00:00+03:00", "بغداد وواشنطن تتفقان على انسحاب القوات القتالية للتحالف الدولي من العراق"),
        Articles.Make("w2023", "بدأت في بغداد جولة جديدة من المحادثات بين الحكومة العراقية والولايات المتحدة حول مستقبل قوات التحالف الدولي في العراق. " +
            "وقال رئيس الوزراء العراقي إن انسحاب قوات التحالف الدولي من العراق بات ضروريا، فيما قال البنتاغون إن القوات الأمريكية موجودة في العراق بدعوة من الحكومة العراقية. " +
            "وتطالب فصائل عراقية بانسحاب القوات الأمريكية من العراق.",
            "قناة النهار", "2023-08-08T12:00:00+03:00", "محادثات عراقية أمريكية جديدة حول انسحاب قوات التحالف الدولي"),
        Articles.Make("w2024", "اتفقت الحكومة العراقية والولايات المتحدة على خطة لانسحاب قوات التحالف الدولي من العراق على مرحلتين تنتهي في سبتمبر 2025. " +
            "وقال رئيس الوزراء العراقي إن انسحاب التحالف الدولي من قواعد في العراق يبدأ العام المقبل، وأكد البنتاغون أن القوات الأمريكية ستبقى في إقليم كردستان حتى نهاية 2026. " +
            "ورحبت فصائل عراقية بالاتفاق على انسحاب القوات الأمريكية.",
            "موقع الصدى", "2024-09-27T09:00:00+03:00", "اتفاق عراقي أمريكي على جدول انسحاب التحالف الدولي من العراق"),
    ];

    /// <summary>An unrelated story: a football match in Spain.</summary>
    private static readonly Core.Documents.Article Match =
        Articles.Make("football", "فاز نادي برشلونة على نادي إشبيلية بثلاثة أهداف مقابل هدف في الدوري الإسباني لكرة القدم مساء السبت على ملعب كامب نو. " +
            "وسجل مهاجم برشلونة هدفين في الشوط الأول، فيما قلص إشبيلية الفارق في الشوط الثاني. وبهذا الفوز يعزز برشلونة صدارته للدوري الإسباني.",
            "موقع الصدى", "2024-03-02T22:00:00+03:00", "برشلونة يهزم إشبيلية ويعزز صدارة الدوري الإسباني");

    [Fact]
    public void ThreeRoundsOfWithdrawalTalksOverThreeYears_AreOneThreadOfThreeStories()
    {
        var story = Build([.. Withdrawal, Match]);

        Assert.Equal(4, story.Stories.Count);
        var thread = Assert.Single(story.Threads);
        Assert.Equal(["w2021", "w2023", "w2024"], thread.Stories.Select(s => story.Stories.Single(c => c.Id == s).Documents.Single()));
        Assert.Equal("2021-07-26", thread.From);
        Assert.Equal("2024-09-27", thread.To);
    }

    [Fact]
    public void AStoryOfOtherActorsAndTopic_StaysOutOfTheThread()
    {
        var story = Build([.. Withdrawal, Match]);

        string matchStory = story.StoryOf["football"];
        Assert.DoesNotContain(story.Threads, t => t.Stories.Contains(matchStory));
    }

    [Fact]
    public void StoriesSharingNoCentralActor_MakeNoThread()
    {
        var story = Build(Withdrawal[0], Match);

        Assert.Empty(story.Threads);
    }

    [Fact]
    public void APlannedDateMovedBetweenTwoStoriesOfOneThread_IsAChange()
    {
        var postponed = Articles.Make("w2025", "أعلنت الحكومة العراقية والولايات المتحدة في بغداد تأجيل انسحاب قوات التحالف الدولي من العراق إلى سبتمبر 2026. " +
            "وقال رئيس الوزراء العراقي إن انسحاب التحالف الدولي من قواعد في العراق سيكتمل في سبتمبر 2026، وأكد البنتاغون أن القوات الأمريكية ستبقى في العراق حتى ذلك الموعد. " +
            "وانتقدت فصائل عراقية تأجيل انسحاب القوات الأمريكية.",
            "وكالة الشرق", "2025-08-20T10:00:00+03:00", "تأجيل انسحاب التحالف الدولي من العراق إلى سبتمبر 2026");

        var story = Build([.. Withdrawal, postponed]);

        Assert.NotEqual(story.StoryOf["w2024"], story.StoryOf["w2025"]);
        Assert.Contains(story.Threads, t => t.Stories.Contains(story.StoryOf["w2024"]) && t.Stories.Contains(story.StoryOf["w2025"]));
        var moved = Assert.Single(story.Conflicts, c => c.Topic == "موعد الانسحاب");
        Assert.Equal("change", moved.Kind);
        Assert.Equal(["2025-09", "2026-09"], moved.Claims.Select(c => (string)c.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ThreadActors_AreTheActorsCentralToItsStories()
    {
        var story = Build([.. Withdrawal, Match]);

        var names = Assert.Single(story.Threads).Actors.Select(id => story.Entities.Single(e => e.Id == id).Name).ToList();
        Assert.Contains(names, n => n.Contains("العراق", StringComparison.Ordinal));
    }
}
