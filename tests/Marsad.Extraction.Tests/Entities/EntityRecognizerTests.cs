using Marsad.Extraction.Tests.Support;
using Marsad.Core.Analysis;
using Marsad.Extraction.Entities;

namespace Marsad.Extraction.Tests.Entities;

public sealed class EntityRecognizerTests
{
    private static readonly string[] Articles =
    [
        "قال الرئيس الفلسطيني محمود عباس إن الولايات المتحدة ستواصل دعمها للعراق.",
        "وصل وزير الخارجية المصري إلى بغداد أمس، والتقى رئيس الوزراء العراقي.",
        "أعلنت وزارة الصحة في القاهرة عن حملة جديدة، وقال المتحدث باسم الوزارة إن الحملة تبدأ الأحد.",
        "وَصَلَ الوَفْدُ إلى دِمَشْـــق، ثم توجه إلى بيروت ولندن وباريس.",
    ];

    [Fact]
    public void Find_DiacritisedAndTatweelText_SpansAreExactlyTheMentionText()
    {
        foreach (string article in Articles)
        {
            foreach (EntityMention m in Shipped.Recognizer.Find(article))
            {
                Assert.Equal(m.Text, article.Substring(m.Start, m.End - m.Start));
                Assert.InRange(m.Confidence, 0, 1);
            }
        }
    }

    [Fact]
    public void Find_ObviousPersonAfterTitle_IsFound()
    {
        var mentions = Shipped.Recognizer.Find(Articles[0]);

        Assert.Contains(mentions, m => m.Type == EntityType.Person && m.Text.Contains("عباس", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_CapitalAfterPreposition_IsALocation()
    {
        var mentions = Shipped.Recognizer.Find(Articles[1]);

        Assert.Contains(mentions, m => m.Type == EntityType.Location && m.Text == "بغداد");
    }

    [Fact]
    public void Find_NameWithConjunctionClitic_SpanStartsAfterTheClitic()
    {
        const string text = "وقعت الحكومة اتفاقية تعاون مع تركيا والعراق وسوريا.";

        var mentions = Shipped.Recognizer.Find(text);

        Assert.Contains(mentions, m => m.Type == EntityType.Location && m.Text == "العراق");
        Assert.DoesNotContain(mentions, m => m.Text.StartsWith('و'));
    }

    [Fact]
    public void Find_NameBeginningWithKaf_KeepsItsFirstLetter()
    {
        const string text = "وقال رئيس البعثة الدبلوماسي الغاني كوفي مينساه إن الانسحاب سيبدأ.";

        var mentions = Shipped.Recognizer.Find(text);

        Assert.DoesNotContain(mentions, m => m.Text.StartsWith("وفي", StringComparison.Ordinal));
        Assert.All(mentions, m => Assert.Equal(m.Text, text.Substring(m.Start, m.End - m.Start)));
    }

    [Fact]
    public void Find_PersonNameBeginningWithBa_KeepsItsFirstLetter()
    {
        const string text = "وقال المتحدث باسم الحكومة العراقية باسم العوادي إن الحوار مستمر.";

        var mentions = Shipped.Recognizer.Find(text);

        Assert.DoesNotContain(mentions, m => m.Type == EntityType.Person && m.Text.StartsWith("اسم", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_NameAfterTatweelAndHarakat_KeepsMarksInsideTheSpan()
    {
        var mentions = Shipped.Recognizer.Find(Articles[3]);

        Assert.Contains(mentions, m => m.Type == EntityType.Location && m.Text == "دِمَشْـــق");
    }

    [Fact]
    public void Find_TrailingPunctuation_IsOutsideTheSpan()
    {
        foreach (string article in Articles)
        {
            Assert.All(Shipped.Recognizer.Find(article), m => Assert.False(char.IsPunctuation(m.Text[^1]), m.Text));
        }
    }

    [Fact]
    public void Find_ManyThreads_GiveTheSameMentionsAsOne()
    {
        var expected = Articles.Select(a => Shipped.Recognizer.Find(a)).ToArray();
        var results = new IReadOnlyList<EntityMention>[200];

        Parallel.For(0, results.Length, i => results[i] = Shipped.Recognizer.Find(Articles[i % Articles.Length]));

        for (int i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % Articles.Length], results[i]);
        }
    }

    [Fact]
    public void Find_EmptyOrNonArabicText_FindsNothingAndDoesNotThrow()
    {
        Assert.Empty(Shipped.Recognizer.Find(string.Empty));
        Assert.NotNull(Shipped.Recognizer.Find("!!! ... 123 ,,,"));
    }

    [Fact]
    public void Version_NamesTheShippedModel()
    {
        Assert.StartsWith("ner-", Shipped.Recognizer.Version, StringComparison.Ordinal);
        Assert.NotEqual("ner-custom", Shipped.Recognizer.Version);
    }
}
