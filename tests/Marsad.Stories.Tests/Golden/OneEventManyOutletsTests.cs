using Marsad.Core.Stories;
using Marsad.Stories.Tests.Support;

namespace Marsad.Stories.Tests.Golden;

/// <summary>
/// One event told by several outlets in their own words, as an analyst meets it: the reports must
/// make one story, and the figures they disagree on must show, as a disagreement when the sources
/// speak at one time and as a change when the toll rises through the day. The articles are ours,
/// written for these tests.
/// </summary>
public class OneEventManyOutletsTests
{
    private static StoryAnalysis Build(params Core.Documents.Article[] articles) =>
        new StoryBuilder(StoryOptions.Default).Build([.. articles.Select(Articles.Analyze)]);

    /// <summary>A car bomb in a Baghdad market, three outlets within two hours: 16, 17 and 18 killed.</summary>
    private static readonly Core.Documents.Article[] CarBomb =
    [
        Articles.Make("bbc", "قتل 16 شخصا وأصيب العشرات في انفجار سيارة مفخخة قرب سوق شعبية في حي الشعلة شمال غربي بغداد صباح الاثنين، بحسب مصادر أمنية عراقية. " +
            "وقال مسؤول في وزارة الداخلية العراقية إن السيارة كانت مركونة قرب مدخل السوق المزدحم بالمتسوقين. ولم تعلن أي جهة مسؤوليتها عن التفجير حتى الآن.",
            "بي بي سي عربي", "2025-03-10T10:05:00+03:00", "مقتل 16 في تفجير سيارة مفخخة ببغداد"),
        Articles.Make("cnn", "لقي 17 شخصا حتفهم وجرح نحو 40 آخرين إثر تفجير سيارة ملغومة استهدف سوقا في منطقة الشعلة بالعاصمة العراقية بغداد، وفق ما أعلنته الشرطة. " +
            "وأظهرت صور بثها ناشطون أضرارا كبيرة في المحال التجارية المحيطة بموقع الانفجار، فيما طوقت قوات الأمن المنطقة.",
            "سي إن إن بالعربية", "2025-03-10T10:50:00+03:00", "17 قتيلا بهجوم على سوق في بغداد"),
        Articles.Make("sky", "أسفر انفجار سيارة مفخخة في سوق بحي الشعلة في بغداد عن سقوط 18 قتيلا، حسبما أفاد مصدر طبي في مستشفى الكاظمية. " +
            "وأضاف المصدر أن بين الجرحى أطفالا ونساء، وأن بعض الإصابات خطيرة. وشهدت العاصمة العراقية هدوءا نسبيا خلال الأشهر الماضية.",
            "سكاي نيوز عربية", "2025-03-10T11:40:00+03:00", "تفجير دام يضرب سوقا شعبية في العاصمة العراقية"),
    ];

    /// <summary>One day of protests at the Gaza border, four outlets from morning to night: 18, then 25, 40 and 55 killed.</summary>
    private static readonly Core.Documents.Article[] RisingToll =
    [
        Articles.Make("m1", "قتل 18 فلسطينيا برصاص الجيش الإسرائيلي خلال احتجاجات قرب السياج الحدودي شرق قطاع غزة صباح الاثنين، وفق وزارة الصحة في غزة. " +
            "وتجمع آلاف المحتجين في عدة مواقع على طول الحدود.",
            "وكالة الشرق", "2025-05-12T09:10:00+03:00", "قتلى برصاص إسرائيلي في احتجاجات على حدود غزة"),
        Articles.Make("m2", "ارتفع عدد القتلى الفلسطينيين في احتجاجات حدود غزة إلى 25 قتيلا، بحسب وزارة الصحة الفلسطينية، فيما أصيب المئات برصاص الجنود الإسرائيليين. " +
            "واستخدم الجيش الغاز المسيل للدموع لتفريق المحتجين.",
            "قناة النهار", "2025-05-12T12:20:00+03:00", "ارتفاع حصيلة قتلى احتجاجات غزة"),
        Articles.Make("m3", "قالت وزارة الصحة في غزة إن 40 فلسطينيا قتلوا بنيران إسرائيلية على حدود القطاع منذ صباح اليوم، في أعنف يوم من الاحتجاجات. " +
            "ودعت الوزارة إلى إرسال مساعدات طبية عاجلة إلى مستشفيات القطاع.",
            "موقع الصدى", "2025-05-12T15:40:00+03:00", "أعنف يوم على حدود غزة"),
        Articles.Make("m4", "بلغت حصيلة قتلى الاحتجاجات على حدود قطاع غزة 55 فلسطينيا، وفق آخر أرقام وزارة الصحة، في حين تجاوز عدد الجرحى ألفي جريح. " +
            "وطالبت منظمات حقوقية بتحقيق دولي في استخدام الرصاص الحي ضد المحتجين.",
            "وكالة الرافدين", "2025-05-12T20:05:00+03:00", "55 قتيلا في يوم دام على حدود غزة"),
    ];

    [Fact]
    public void ThreeOutletsReportingOneCarBomb_MakeOneStory()
    {
        var story = Build(CarBomb);

        var only = Assert.Single(story.Stories);
        Assert.Equal(["bbc", "cnn", "sky"], only.Documents.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ThreeOutletsGiving16And17And18Killed_AreOneDisagreement()
    {
        var story = Build(CarBomb);

        var conflict = Assert.Single(story.Conflicts, c => c.Topic.StartsWith("عدد القتلى", StringComparison.Ordinal));
        Assert.Equal("conflict", conflict.Kind);
        Assert.Equal([16.0, 17.0, 18.0], conflict.Claims.Select(c => (double)c.Value).Order());
        Assert.Equal(3, conflict.Claims.Select(c => c.Outlet).Distinct().Count());
    }

    [Fact]
    public void ATollRisingThroughTheDay_IsOneStoryAndAChange()
    {
        var story = Build(RisingToll);

        Assert.Single(story.Stories);
        var change = Assert.Single(story.Conflicts, c => c.Topic.StartsWith("عدد القتلى", StringComparison.Ordinal));
        Assert.Equal("change", change.Kind);
        Assert.Equal([18.0, 25.0, 40.0, 55.0], change.Claims.Select(c => (double)c.Value));
        Assert.Equal(["وكالة الشرق", "قناة النهار", "موقع الصدى", "وكالة الرافدين"], change.Claims.Select(c => c.Outlet));
    }

    [Fact]
    public void TheCarBombAndTheGazaProtests_StayTwoStories()
    {
        var story = Build([.. CarBomb, .. RisingToll]);

        Assert.Equal(2, story.Stories.Count);
    }
}
