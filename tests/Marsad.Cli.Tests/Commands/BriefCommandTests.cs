using Marsad.Cli.Tests.Support;

namespace Marsad.Cli.Tests.Commands;

public class BriefCommandTests
{
    private const string Announcement =
        "العراق يحدد موعد انسحاب القوات الأمريكية\n\n" +
        "بغداد - أعلن رئيس الوزراء العراقي محمد شياع السوداني أن انسحاب القوات الأمريكية من العراق سيكتمل في سبتمبر 2026. " +
        "وجاء الإعلان بعد اجتماع اللجنة العسكرية العليا في بغداد بحضور قادة عسكريين من البلدين.";

    private const string Denial =
        "البنتاغون ينفي مفاوضات انسحاب القوات من العراق\n\n" +
        "واشنطن - نفت وزارة الدفاع الأمريكية أن تكون هناك مفاوضات بشأن انسحاب القوات الأمريكية من العراق. " +
        "وقال البنتاغون إن القوات الأمريكية باقية في العراق لمواصلة مهمة محاربة تنظيم داعش.";

    [Fact]
    public void Brief_Html_WritesOneSelfContainedPage()
    {
        using var folder = new TempFolder();
        folder.Write("in/a.txt", Announcement);
        folder.Write("in/b.txt", Denial);
        string output = Path.Combine(folder.Path, "brief.html");

        var run = CliRun.Invoke("brief", Path.Combine(folder.Path, "in"), "--format", "html", "--out", output);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("briefing written", run.Out, StringComparison.Ordinal);
        string html = File.ReadAllText(output);
        Assert.Contains("dir=\"rtl\"", html, StringComparison.Ordinal);
        Assert.Contains("وزارة الدفاع الأمريكية", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#c1\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Brief_Markdown_GoesToStandardOutputWithTheGivenQuestion()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", Announcement);
        folder.Write("b.txt", Denial);

        var run = CliRun.Invoke("brief", folder.Path, "--question", "انسحاب القوات الأمريكية من العراق");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.StartsWith("# انسحاب القوات الأمريكية من العراق", run.Out, StringComparison.Ordinal);
        Assert.Contains("الموقف: معارض", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Brief_AnEmptyStore_SaysWhatToRunFirst()
    {
        using var folder = new TempFolder();

        var run = CliRun.Invoke("--db", Path.Combine(folder.Path, "empty.db"), "brief");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("holds no analysed articles", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Brief_OneStory_LeavesTheOthersOut()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", Announcement);
        folder.Write("b.txt", Denial);
        folder.Write("c.txt", "معرض الكتاب يفتح أبوابه\n\nالقاهرة - افتتح وزير الثقافة معرض الكتاب في دورته الجديدة بمشاركة واسعة من دور النشر العربية. وقال المنظمون إن المعرض يستقبل الزوار حتى نهاية الشهر.");

        var run = CliRun.Invoke("brief", folder.Path, "--story", "معرض الكتاب");
        var missing = CliRun.Invoke("brief", folder.Path, "--story", "s99");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("معرض الكتاب يفتح أبوابه", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("البنتاغون ينفي", run.Out, StringComparison.Ordinal);
        Assert.NotEqual(0, missing.ExitCode);
        Assert.Contains("no story 's99'", missing.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Brief_OneStoryOfAStore_IsTheBriefOfThatStoryOnTheSamePaths()
    {
        using var folder = new TempFolder();
        string db = Path.Combine(folder.Path, "news.db");
        folder.Write("in/a.txt", Announcement);
        folder.Write("in/b.txt", Denial);
        folder.Write("in/c.txt", "معرض الكتاب يفتح أبوابه\n\nالقاهرة - افتتح وزير الثقافة معرض الكتاب في دورته الجديدة بمشاركة واسعة من دور النشر العربية. وقال المنظمون إن المعرض يستقبل الزوار حتى نهاية الشهر.");
        Assert.Equal(0, CliRun.Invoke("--db", db, "analyze", Path.Combine(folder.Path, "in")).ExitCode);

        var onStore = CliRun.Invoke("--db", db, "brief", "--story", "معرض الكتاب");
        var onPaths = CliRun.Invoke("brief", Path.Combine(folder.Path, "in"), "--story", "معرض الكتاب");
        var whole = CliRun.Invoke("--db", db, "brief");
        var wholeOnPaths = CliRun.Invoke("brief", Path.Combine(folder.Path, "in"));

        Assert.True(onStore.ExitCode == 0, onStore.Error);
        Assert.Contains("معرض الكتاب يفتح أبوابه", onStore.Out, StringComparison.Ordinal);
        Assert.Equal(onPaths.Out, onStore.Out);
        Assert.True(whole.ExitCode == 0, whole.Error);
        Assert.Equal(wholeOnPaths.Out, whole.Out);
    }

    [Fact]
    public void Brief_AFolderMostlyAboutOneStory_TellsItAndSaysWhatItLeftOut()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", Announcement);
        folder.Write("b.txt", Announcement.Replace("أعلن", "أكد", StringComparison.Ordinal));
        folder.Write("c.txt", "معرض الكتاب يفتح أبوابه\n\nالقاهرة - افتتح وزير الثقافة معرض الكتاب في دورته الجديدة بمشاركة واسعة من دور النشر العربية. وقال المنظمون إن المعرض يستقبل الزوار حتى نهاية الشهر.");

        var run = CliRun.Invoke("brief", folder.Path);
        var all = CliRun.Invoke("brief", folder.Path, "--all");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("left out", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("معرض الكتاب", run.Out, StringComparison.Ordinal);
        Assert.Contains("معرض الكتاب", all.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Brief_AThreadThatDoesNotExist_FailsAndSaysSo()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", Announcement);

        var run = CliRun.Invoke("brief", folder.Path, "--thread", "t9");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("no thread 't9'", run.Error, StringComparison.Ordinal);
    }
}
