using Marsad.Cli.Tests.Support;

namespace Marsad.Cli.Tests.Commands;

public class WhyCommandTests
{
    private const string Pentagon =
        "واشنطن - نفت وزارة الدفاع الأمريكية أن تكون هناك مفاوضات بشأن انسحاب القوات الأمريكية من العراق. " +
        "وقال المتحدث باسم الوزارة إن القوات باقية.";

    private const string Metonym =
        "بغداد - قال البنتاغون إن الاجتماع مع الوفد العراقي كان مثمرا، وأكد البنتاغون أن المحادثات مستمرة.";

    [Fact]
    public void Why_OnPaths_ShowsTheAliasTableLineThatJoinedTwoNames()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", Pentagon);
        folder.Write("b.txt", Metonym);

        var run = CliRun.Invoke("why", "البنتاغون", folder.Path);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("وزارة الدفاع الأمريكية (ORG) — named in 2 articles", run.Out, StringComparison.Ordinal);
        Assert.Contains("alias:", run.Out, StringComparison.Ordinal);
        Assert.Contains("aliases-ar.tsv", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Why_OnAStore_ReadsTheStoredAnalyses()
    {
        using var folder = new TempFolder();
        string db = Path.Combine(folder.Path, "news.db");
        folder.Write("in/a.txt", Pentagon);
        folder.Write("in/b.txt", Metonym);
        Assert.Equal(0, CliRun.Invoke("--db", db, "analyze", Path.Combine(folder.Path, "in")).ExitCode);

        var run = CliRun.Invoke("--db", db, "why", "وزارة الدفاع الاميركية");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("named in 2 articles", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Why_PrintsTheRolesTheArticlesGiveAnActorWithTheirYears()
    {
        using var folder = new TempFolder();
        folder.Write("a.json", "{\"id\":\"a\",\"published\":\"2023-10-02\",\"text\":\"بغداد - قال رئيس الوزراء العراقي محمد شياع السوداني إن الحكومة ستفتتح ثلاثة جسور جديدة قبل نهاية العام.\"}");
        folder.Write("b.json", "{\"id\":\"b\",\"published\":\"2024-03-11\",\"text\":\"بغداد - أكد رئيس الوزراء العراقي محمد شياع السوداني أن رواتب الموظفين ستصرف في موعدها هذا الشهر.\"}");

        var run = CliRun.Invoke("why", "السوداني", folder.Path);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("roles: رئيس الوزراء العراقي (2023, 2024)", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Why_AnUnknownName_FailsSayingSo()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", Pentagon);

        var run = CliRun.Invoke("why", "الكرملين", folder.Path);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("no actor named 'الكرملين'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Why_ABadAliasFile_NamesTheFileAndLine()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", Pentagon);
        string aliases = folder.Write("mine.tsv", "ORG\tوحيد\n");

        var run = CliRun.Invoke("why", "البنتاغون", folder.Path, "--aliases", aliases);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("mine.tsv:1:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void SearchEntity_FindsTheArticlesNamingAnActorUnderAnyName()
    {
        using var folder = new TempFolder();
        string db = Path.Combine(folder.Path, "news.db");
        folder.Write("in/a.txt", Pentagon);
        folder.Write("in/b.txt", Metonym);
        folder.Write("in/c.txt", "القاهرة - افتتح وزير الثقافة المصري معرض الكتاب في دورته الجديدة بمشاركة واسعة.");
        Assert.Equal(0, CliRun.Invoke("--db", db, "analyze", Path.Combine(folder.Path, "in")).ExitCode);

        var run = CliRun.Invoke("--db", db, "search", "--entity", "البنتاغون");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains(": 2 articles", run.Out, StringComparison.Ordinal);
        Assert.Contains("a.txt", run.Out, StringComparison.Ordinal);
        Assert.Contains("b.txt", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("c.txt", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Why_OnAStore_SaysWhatWhyOnTheSamePathsSays()
    {
        using var folder = new TempFolder();
        string db = Path.Combine(folder.Path, "news.db");
        folder.Write("in/a.txt", Pentagon);
        folder.Write("in/b.txt", Metonym);
        var analyze = CliRun.Invoke("--db", db, "analyze", Path.Combine(folder.Path, "in"));

        var onStore = CliRun.Invoke("--db", db, "why", "البنتاغون");
        var again = CliRun.Invoke("--db", db, "why", "البنتاغون");
        var onPaths = CliRun.Invoke("why", "البنتاغون", Path.Combine(folder.Path, "in"));

        Assert.True(analyze.ExitCode == 0, analyze.Error);
        Assert.Contains("the story of the store's articles built and kept", analyze.Out, StringComparison.Ordinal);
        Assert.True(onStore.ExitCode == 0, onStore.Error);
        Assert.Equal(onPaths.Out, onStore.Out);
        Assert.Equal(onStore.Out, again.Out);
    }

    [Fact]
    public void Why_OnAStore_SeesArticlesAnalysedAfterTheStoryWasKept()
    {
        using var folder = new TempFolder();
        string db = Path.Combine(folder.Path, "news.db");
        folder.Write("in/a.txt", Pentagon);
        folder.Write("more/b.txt", Metonym);
        Assert.Equal(0, CliRun.Invoke("--db", db, "analyze", Path.Combine(folder.Path, "in")).ExitCode);
        var before = CliRun.Invoke("--db", db, "why", "وزارة الدفاع الأمريكية");

        Assert.Equal(0, CliRun.Invoke("--db", db, "analyze", Path.Combine(folder.Path, "more")).ExitCode);
        var after = CliRun.Invoke("--db", db, "why", "وزارة الدفاع الأمريكية");

        Assert.Contains("named in 1 article", before.Out, StringComparison.Ordinal);
        Assert.Contains("named in 2 articles", after.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Why_OnAStore_WithCorrections_ReadsTheStoryThoseCorrectionsBuild()
    {
        using var folder = new TempFolder();
        string db = Path.Combine(folder.Path, "news.db");
        folder.Write("in/a.txt", Pentagon);
        folder.Write("in/b.txt", Metonym);
        string corrections = folder.Write("corrections.tsv", "not-same\tالبنتاغون\tوزارة الدفاع الأمريكية\n");
        Assert.Equal(0, CliRun.Invoke("--db", db, "analyze", Path.Combine(folder.Path, "in")).ExitCode);

        var corrected = CliRun.Invoke("--db", db, "why", "البنتاغون", "--corrections", corrections);
        var plain = CliRun.Invoke("--db", db, "why", "البنتاغون");

        Assert.True(corrected.ExitCode == 0, corrected.Error);
        Assert.Contains("named in 1 article", corrected.Out, StringComparison.Ordinal);
        Assert.Contains("named in 2 articles", plain.Out, StringComparison.Ordinal);
    }
}
