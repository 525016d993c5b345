using Marsad.Extraction.Tests.Support;
using Marsad.Core.Analysis;
using Marsad.Extraction.Entities;
using Marsad.Extraction.Entities.Recognition;

namespace Marsad.Extraction.Tests.Entities.Recognition;

/// <summary>A person's name that begins with ل or ف keeps it; a ل that is a preposition, or a ف that is a conjunction, before a name still goes.</summary>
public sealed class CliticInitialNamesTests
{
    [Fact]
    public void A_name_after_a_nisba_keeps_its_lam_in_every_mention()
    {
        DocumentAnalysis analysis = Shipped.Analyze(
            "قال وزير الدفاع الأمريكي لويد أوستن إن القوات ستبقى في العراق. وأضاف أوستن أن المهمة مستمرة. والتقى لويد أوستن بنظيره العراقي.");

        LocalEntity person = Assert.Single(analysis.Entities, e => e.Type == EntityType.Person);
        Assert.Equal("لويد أوستن", person.Name);
        Assert.DoesNotContain(analysis.Mentions, m => m.Text.StartsWith("ويد", StringComparison.Ordinal));
    }

    [Fact]
    public void A_lam_before_a_name_the_article_also_writes_bare_is_a_preposition()
    {
        DocumentAnalysis analysis = Shipped.Analyze("قال مصدر في تصريح لترامب إن الاتفاق قريب. وكان ترامب قد التقى الرئيس الفرنسي.");

        Assert.All(analysis.Mentions.Where(m => m.Text.Contains("ترامب", StringComparison.Ordinal)), m => Assert.Equal("ترامب", m.Text));
    }

    [Theory]
    [InlineData("أعلن الرئيس لوران غباغبو ترشحه.", "وران غباغبو")]
    [InlineData("وقال فرهاد علاء الدين مستشار رئيس الوزراء إن الاتفاق قريب.", "رهاد علاء الدين")]
    public void Restore_MovesTheStartBackOverTheLetterOfANameAfterATitleOrAReportingVerb(string text, string cut)
    {
        int start = text.IndexOf(cut, StringComparison.Ordinal);
        var mentions = new[] { new EntityMention(start, start + cut.Length, cut, EntityType.Person, 0.9) };

        EntityMention restored = Assert.Single(CliticInitialNames.Restore(text, mentions));

        Assert.Equal(text[(start - 1)..(start + cut.Length)], restored.Text);
        Assert.Equal(start - 1, restored.Start);
    }

    [Theory]
    [InlineData("وصل الدعم العسكري الأمريكي لزيلينسكي أمس.", "زيلينسكي")]
    [InlineData("قال المستشار الأمني لنتنياهو إن المحادثات توقفت.", "نتنياهو")]
    [InlineData("التقى المبعوث الخاص لبوتين وفدا من المعارضة.", "بوتين")]
    [InlineData("انتهى الاجتماع فسالم الجميع الوزير.", "سالم")]
    [InlineData("قال المستشار لنتنياهو إن المحادثات توقفت.", "نتنياهو")]
    public void Restore_LeavesALetterThatIsAClitic(string text, string name)
    {
        int start = text.IndexOf(name, StringComparison.Ordinal);
        var mentions = new[] { new EntityMention(start, start + name.Length, name, EntityType.Person, 0.9) };

        Assert.Equal(mentions, CliticInitialNames.Restore(text, mentions));
    }

    [Fact]
    public void Restore_LeavesALamWhenAnotherMentionWritesTheNameWithoutIt()
    {
        // "قال الرئيس الروسي لأردوغان" (the Russian president told Erdoğan) has an office before the ل, as a name would.
        const string text = "استقبل الرئيس التركي رجب طيب أردوغان الوفد. وقال الرئيس الروسي لأردوغان إن الزيارة ناجحة.";
        int full = text.IndexOf("رجب", StringComparison.Ordinal);
        int cut = text.LastIndexOf("أردوغان", StringComparison.Ordinal);
        var mentions = new[]
        {
            new EntityMention(full, full + "رجب طيب أردوغان".Length, "رجب طيب أردوغان", EntityType.Person, 0.9),
            new EntityMention(cut, cut + "أردوغان".Length, "أردوغان", EntityType.Person, 0.9),
        };

        Assert.Equal(mentions, CliticInitialNames.Restore(text, mentions));
    }

    [Fact]
    public void Restore_LeavesALamAfterAVerbOrOnAnotherType()
    {
        const string text = "قدم الوفد الشكر لوزارة الخارجية، وقال لسامي إن الأمر انتهى.";
        int org = text.IndexOf("وزارة", StringComparison.Ordinal);
        int per = text.IndexOf("سامي", StringComparison.Ordinal);
        var mentions = new[]
        {
            new EntityMention(org, org + "وزارة الخارجية".Length, "وزارة الخارجية", EntityType.Organization, 0.9),
            new EntityMention(per, per + "سامي".Length, "سامي", EntityType.Person, 0.9),
        };

        Assert.Equal(mentions, CliticInitialNames.Restore(text, mentions));
    }
}
