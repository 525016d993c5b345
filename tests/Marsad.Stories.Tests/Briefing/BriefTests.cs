using Marsad.Core.Stories;
using Marsad.Stories.Briefing;
using Marsad.Stories.Tests.Support;

namespace Marsad.Stories.Tests.Briefing;

public class BriefTests
{
    private static StoryAnalysis Story() => new StoryBuilder(StoryOptions.Default with { Question = "انسحاب القوات الأمريكية من العراق" }).Build([
        Articles.Analyze(Articles.Make("a",
            "بغداد - أعلن رئيس الوزراء العراقي محمد شياع السوداني أن انسحاب القوات الأمريكية من العراق سيكتمل في سبتمبر 2026. " +
            "وجاء الإعلان بعد اجتماع اللجنة العسكرية العليا في بغداد بحضور قادة عسكريين من البلدين.", "وكالة الأنباء العراقية", "2024-09-27",
            "العراق يحدد موعد انسحاب القوات الأمريكية")),
        Articles.Analyze(Articles.Make("b",
            "واشنطن - نفت وزارة الدفاع الأمريكية أن تكون هناك مفاوضات بشأن انسحاب القوات الأمريكية من العراق. " +
            "وقال البنتاغون إن القوات الأمريكية باقية في العراق لمواصلة مهمة محاربة تنظيم داعش.", "قناة الحرة", "2024-09-28",
            "البنتاغون ينفي مفاوضات انسحاب القوات من العراق")),
    ]);

    [Fact]
    public void Build_WithoutTheUsersWords_IsTitledByAWholeHeadline()
    {
        Brief brief = BriefBuilder.Build(Story());

        Assert.Contains(brief.Title, new[] { "العراق يحدد موعد انسحاب القوات الأمريكية", "البنتاغون ينفي مفاوضات انسحاب القوات من العراق" });
    }

    [Fact]
    public void Build_CitesEverySummarySentenceAtItsExactCharacters()
    {
        StoryAnalysis story = Story();

        Brief brief = BriefBuilder.Build(story);

        Assert.NotEmpty(brief.Summary);
        Assert.All(brief.Summary, line => Assert.NotEmpty(line.Citations));
        Assert.All(brief.Citations, c =>
            Assert.Equal(c.Text, story.Documents.Single(d => d.Id == c.Document).Article.Text[c.Start..c.End].Trim()));
        Assert.Equal(Enumerable.Range(1, brief.Citations.Count), brief.Citations.Select(c => c.Number));
    }

    [Fact]
    public void Build_ShowsTheMinistryOnceUnderItsNamesWithItsStance()
    {
        Brief brief = BriefBuilder.Build(Story());

        var ministry = Assert.Single(brief.Actors, a => a.Name == "وزارة الدفاع الأمريكية");
        Assert.Equal("against", ministry.Stance);
        Assert.NotEmpty(ministry.Quotes);
    }

    [Fact]
    public void Markdown_ShowsAnActorsMainRoleWithItsYear()
    {
        var text = new StringWriter();

        MarkdownBriefWriter.Write(text, BriefBuilder.Build(Story()));

        Assert.Contains("**محمد شياع السوداني**، رئيس الوزراء العراقي (2024) —", text.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_HasEveryPartAndTheEvidenceList()
    {
        var text = new StringWriter();

        MarkdownBriefWriter.Write(text, BriefBuilder.Build(Story(), "انسحاب القوات الأمريكية من العراق"));

        string md = text.ToString();
        Assert.StartsWith("# انسحاب القوات الأمريكية من العراق", md, StringComparison.Ordinal);
        foreach (string heading in new[] { "## ما القصة", "## الأطراف ومواقفها", "## التسلسل الزمني", "## الأرقام وما تختلف فيه المصادر", "## المصادر", "## الأدلة" })
        {
            Assert.Contains(heading, md, StringComparison.Ordinal);
        }
        Assert.Contains("1. «", md, StringComparison.Ordinal);
        Assert.Contains("مقالتان، منها 2 مستقلة", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_IsOneRightToLeftPageWithLinkedCitationsAndEscapedText()
    {
        var analysis = new StoryBuilder(StoryOptions.Default).Build([
            Articles.Analyze(Articles.Make("<x>", "بغداد - قال المتحدث باسم الحكومة العراقية باسم العوادي إن <script>alert(1)</script> المحادثات مستمرة مع الجانب الأمريكي.", "وكالة", "2024-01-10", "عنوان")),
        ]);
        var text = new StringWriter();

        HtmlBriefWriter.Write(text, BriefBuilder.Build(analysis));

        string html = text.ToString();
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http", html, StringComparison.Ordinal);
        Assert.Contains("&lt;x&gt;", html, StringComparison.Ordinal);
    }
}
