using Marsad.Cli.Tests.Support;

namespace Marsad.Cli.Tests.Commands;

/// <summary><c>marsad why-story</c>: why articles share a story, join by join, with what they share.</summary>
public class WhyStoryCommandTests
{
    private static string CarBomb() => string.Join('\n',
        Articles.JsonLine("bbc", "مقتل 16 في تفجير سيارة مفخخة ببغداد",
            "قتل 16 شخصا وأصيب العشرات في انفجار سيارة مفخخة قرب سوق شعبية في حي الشعلة شمال غربي بغداد صباح الاثنين، بحسب مصادر أمنية عراقية. " +
            "وقال مسؤول في وزارة الداخلية العراقية إن السيارة كانت مركونة قرب مدخل السوق المزدحم بالمتسوقين.", "بي بي سي عربي", "2025-03-10T10:05:00+03:00"),
        Articles.JsonLine("cnn", "17 قتيلا بهجوم على سوق في بغداد",
            "لقي 17 شخصا حتفهم وجرح نحو 40 آخرين إثر تفجير سيارة ملغومة استهدف سوقا في منطقة الشعلة بالعاصمة العراقية بغداد، وفق ما أعلنته الشرطة. " +
            "وأظهرت صور بثها ناشطون أضرارا كبيرة في المحال التجارية المحيطة بموقع الانفجار.", "سي إن إن بالعربية", "2025-03-10T10:50:00+03:00"),
        Articles.JsonLine("other", "معرض الكتاب يفتح أبوابه في القاهرة",
            "افتتح وزير الثقافة معرض الكتاب في القاهرة في دورته الجديدة بمشاركة واسعة من دور النشر العربية. وقال المنظمون إن المعرض يستقبل الزوار حتى نهاية الشهر.",
            "وكالة الاختبار", "2025-03-10T12:00:00+03:00")) + "\n";

    [Fact]
    public void WhyStory_OfAnArticle_PrintsItsStoryAndTheJoinWithItsEvidence()
    {
        using var folder = new TempFolder();
        folder.Write("news.jsonl", CarBomb());

        var run = CliRun.Invoke("why-story", "bbc", folder.Path);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("2 articles from 2 outlets", run.Out, StringComparison.Ordinal);
        Assert.Contains("bbc ↔ cnn", run.Out.Replace("cnn ↔ bbc", "bbc ↔ cnn", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("chance", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("other", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void WhyStory_OfAnArticleAlone_SaysNothingWasJoined()
    {
        using var folder = new TempFolder();
        folder.Write("news.jsonl", CarBomb());

        var run = CliRun.Invoke("why-story", "other", folder.Path);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("nothing was joined", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void WhyStory_OfAnUnknownId_FailsAndListsTheLargestStories()
    {
        using var folder = new TempFolder();
        folder.Write("news.jsonl", CarBomb());

        var run = CliRun.Invoke("why-story", "s99", folder.Path);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("no story or article 's99'", run.Error, StringComparison.Ordinal);
    }
}
