using System.Text;
using Marsad.Core.Contract;
using Marsad.Core.Stories;
using Marsad.Stories.Tests.Support;
using Marsad.Core.Digests;

namespace Marsad.Stories.Tests.Building;

/// <summary>A builder that has built a collection builds the grown collection exactly as a fresh one would, reading only what is new.</summary>
public class IncrementalBuildTests
{
    private static readonly GeneratorStamp Stamp = new("marsad", "test", new Dictionary<string, string>());

    private static readonly Lazy<DocumentDigest[]> Collection = new(() =>
    [
        Articles.Analyze(Articles.Make("a",
            "الموصل - قتل 12 شخصا وأصيب 30 آخرون في انفجار سيارة مفخخة قرب سوق شعبي في الموصل يوم الأحد. " +
            "وقال محافظ نينوى عبد القادر الدخيل إن قوات الأمن طوقت المكان.", "وكالة الرافدين", "2024-03-10",
            "انفجار سيارة مفخخة في الموصل")),
        Articles.Analyze(Articles.Make("b",
            "الموصل - قتل 15 شخصا في انفجار سيارة مفخخة قرب سوق شعبي في الموصل يوم الأحد، بحسب مصادر طبية. " +
            "وأدان رئيس الوزراء محمد شياع السوداني الهجوم وأمر بفتح تحقيق.", "صحيفة دجلة", "2024-03-10",
            "15 قتيلا في تفجير الموصل")),
        Articles.Analyze(Articles.Make("c",
            "بغداد - أعلن رئيس الوزراء العراقي محمد شياع السوداني أن انسحاب قوات التحالف الدولي من العراق سيكتمل بحلول سبتمبر 2025. " +
            "وقال السوداني إن القوات العراقية قادرة على حماية البلاد.", "وكالة الرافدين", "2024-09-27",
            "السوداني يحدد موعد انسحاب قوات التحالف")),
        Articles.Analyze(Articles.Make("d",
            "واشنطن - نفت وزارة الدفاع الأمريكية وجود مفاوضات بشأن انسحاب القوات الأمريكية من العراق. " +
            "وقال المتحدث باسم البنتاغون إن نحو 2500 جندي أمريكي ما زالوا في العراق.", "قناة الفرات", "2024-09-28",
            "البنتاغون ينفي مفاوضات الانسحاب")),
    ]);

    private static readonly Lazy<DocumentDigest[]> Added = new(() =>
    [
        // Wire copy of "a" under a new headline.
        Articles.Analyze(Articles.Make("e",
            "الموصل - قتل 12 شخصا وأصيب 30 آخرون في انفجار سيارة مفخخة قرب سوق شعبي في الموصل يوم الأحد. " +
            "وقال محافظ نينوى عبد القادر الدخيل إن قوات الأمن طوقت المكان.", "موقع النهرين", "2024-03-11",
            "مقتل 12 في الموصل")),
        Articles.Analyze(Articles.Make("f",
            "بغداد - قال السوداني إن حكومته ماضية في إنهاء مهمة التحالف الدولي، مؤكدا أن الانسحاب يجري وفق جدول زمني متفق عليه. " +
            "ويوجد في العراق أكثر من 5000 جندي أمريكي بحسب مصادر عراقية.", "صحيفة دجلة", "2024-09-29",
            "السوداني: الانسحاب وفق جدول زمني")),
    ]);

    [Fact]
    public void Build_OfAGrownCollection_EqualsAFreshBuild()
    {
        var builder = new StoryBuilder(StoryOptions.Default);
        builder.Build(Collection.Value);

        string grown = Json(builder.Build([.. Collection.Value, .. Added.Value]));
        string fresh = Json(new StoryBuilder(StoryOptions.Default).Build([.. Collection.Value, .. Added.Value]));

        Assert.Equal(fresh, grown);
    }

    [Fact]
    public void Build_OfAShrunkOrReorderedCollection_EqualsAFreshBuild()
    {
        var builder = new StoryBuilder(StoryOptions.Default);
        builder.Build([.. Collection.Value, .. Added.Value]);
        DocumentDigest[] reordered = [Added.Value[1], .. Collection.Value[1..], Added.Value[0]];

        string rebuilt = Json(builder.Build(reordered));
        string fresh = Json(new StoryBuilder(StoryOptions.Default).Build(reordered));

        Assert.Equal(fresh, rebuilt);
    }

    [Fact]
    public void Build_KeepsTheDocumentsOfArticlesItHasSeen_SoTheirReadingsCarryOver()
    {
        var builder = new StoryBuilder(StoryOptions.Default);
        StoryAnalysis first = builder.Build(Collection.Value);

        StoryAnalysis second = builder.Build([.. Collection.Value, .. Added.Value]);

        // Articles whose place and actor ids stand are the very same documents; the new ones are new.
        int kept = Enumerable.Range(0, Collection.Value.Length).Count(i => ReferenceEquals(first.Documents[i], second.Documents[i]));
        Assert.True(kept >= 2, $"only {kept} of {Collection.Value.Length} documents carried over");
        Assert.All(second.Documents.Skip(Collection.Value.Length), d => Assert.DoesNotContain(d, first.Documents));
    }

    [Fact]
    public void Build_KeepsTheTimelineEntriesOfStoriesNoNewArticleJoined()
    {
        var builder = new StoryBuilder(StoryOptions.Default);
        StoryAnalysis first = builder.Build(Collection.Value);

        // One article far from every story: the existing stories stay as they were.
        StoryAnalysis second = builder.Build([.. Collection.Value, Articles.Analyze(Articles.Make("z",
            "القاهرة - افتتح وزير الثقافة معرض الكتاب الدولي في القاهرة بمشاركة مئات دور النشر العربية والأجنبية.",
            "وكالة النيل", "2024-12-01", "افتتاح معرض الكتاب"))]);

        Assert.NotEmpty(first.Timeline);
        Assert.All(first.Timeline, entry => Assert.Contains(second.Timeline, e => ReferenceEquals(e, entry)));
    }

    private static string Json(StoryAnalysis story)
    {
        using var stream = new MemoryStream();
        StoryFileWriter.Write(stream, Stamp, story, indented: false);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
