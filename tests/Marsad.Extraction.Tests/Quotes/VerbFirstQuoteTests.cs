using Marsad.Extraction.Quotes;

namespace Marsad.Extraction.Tests.Quotes;

public sealed class VerbFirstQuoteTests
{
    [Fact]
    public void Find_TitleThenName_SpeakerIsThePersonAndSpanStartsAfterInna()
    {
        var quote = QuoteText.Single("قال رئيس الوزراء الأردني [P|سمير الرفاعي] إن الحكومة ستخفض الضرائب هذا العام.");

        Assert.Equal("الحكومة ستخفض الضرائب هذا العام", quote.Text);
        Assert.False(quote.Direct);
        Assert.Equal("قال", quote.Cue);
        Assert.Equal(0, quote.CueStart);
        Assert.Equal("سمير الرفاعي", quote.Speaker?.Text);
        Assert.Equal(0, quote.Speaker?.Entity);
        Assert.Equal(QuoteConfidence.NamedEntity, quote.Confidence);
    }

    [Fact]
    public void Find_OrganisationWithStatementAdjunct_SpeakerIsTheOrganisation()
    {
        var quote = QuoteText.Single("وقالت [O|وزارة الصحة المغربية]، في بيان، إنها سجلت أربع إصابات جديدة.");

        Assert.Equal("سجلت أربع إصابات جديدة", quote.Text);
        Assert.Equal("قالت", quote.Cue);
        Assert.Equal(1, quote.CueStart);
        Assert.Equal("وزارة الصحة المغربية", quote.Speaker?.Text);
    }

    [Fact]
    public void Find_SpokespersonWithNameInApposition_SpeakerIsThePersonNotTheOrganisation()
    {
        var quote = QuoteText.Single("وأكد المتحدث باسم [O|الناتو]، [P|يوهان شميت]، أن الحلف لن يرسل قوات.");

        Assert.Equal("يوهان شميت", quote.Speaker?.Text);
        Assert.Equal(1, quote.Speaker?.Entity);
        Assert.Equal("أكد", quote.Cue);
        Assert.Equal("الحلف لن يرسل قوات", quote.Text);
    }

    [Fact]
    public void Find_TitleOfAnInstituteWithLamThenName_SpeakerIsThePerson()
    {
        var quote = QuoteText.Single("ويرى الباحث في مركز الخليج للدراسات، [P|سالم الكعبي]، أن الاتفاق لن يصمد.");

        Assert.Equal("سالم الكعبي", quote.Speaker?.Text);
        Assert.Equal(0, quote.Speaker?.Entity);
        Assert.Equal("الاتفاق لن يصمد", quote.Text);
    }

    [Fact]
    public void Find_NameThenToldToAnAgency_TheAgencyIsNotPartOfTheSpeaker()
    {
        var quote = QuoteText.Single("وقال النائب عامر الفايز لوكالة الأنباء إن الجلسة تأجلت.");

        Assert.Equal("النائب عامر الفايز", quote.Speaker?.Text);
        Assert.Equal("الجلسة تأجلت", quote.Text);
    }

    [Fact]
    public void Find_SpokespersonWithoutName_SpeakerIsTheOrganisation()
    {
        var quote = QuoteText.Single("قال المتحدث باسم [O|الحركة] إن المفاوضات متوقفة.");

        Assert.Equal("الحركة", quote.Speaker?.Text);
        Assert.Equal(0, quote.Speaker?.Entity);
    }

    [Fact]
    public void Find_UntaggedSubject_SpeakerIsTheNounPhrase()
    {
        var quote = QuoteText.Single("وقال مصدر أمني إن الهجوم وقع فجرا.");

        Assert.Null(quote.Speaker?.Entity);
        Assert.Equal("مصدر أمني", quote.Speaker?.Text);
        Assert.Equal(QuoteConfidence.NamedPhrase, quote.Confidence);
    }

    [Fact]
    public void Find_AddresseeInQuotationMarks_IsSkippedAndNotTheSpeaker()
    {
        var quote = QuoteText.Single("وقال [P|خالد العمري] لـ\"[O|وكالة الأنباء الأردنية]\" إن المشروع سيكتمل قريبا.");

        Assert.Equal("خالد العمري", quote.Speaker?.Text);
        Assert.Equal("المشروع سيكتمل قريبا", quote.Text);
        Assert.False(quote.Direct);
    }

    [Theory]
    [InlineData("ولفت [P|أحمد سالم] إلى أن الأسعار ارتفعت", "لفت")]
    [InlineData("وأشارت [P|ليلى حسن] إلى أن الأسعار ارتفعت", "أشارت")]
    [InlineData("وحذر [P|أحمد سالم] من أن الأسعار ارتفعت", "حذر")]
    [InlineData("وشدد [P|أحمد سالم] على أن الأسعار ارتفعت", "شدد")]
    [InlineData("وأفاد [P|أحمد سالم] بأن الأسعار ارتفعت", "أفاد")]
    [InlineData("ونفى [P|أحمد سالم] أن الأسعار ارتفعت", "نفى")]
    [InlineData("ويقول [P|أحمد سالم] إن الأسعار ارتفعت", "يقول")]
    [InlineData("وتقول [P|ليلى حسن] إن الأسعار ارتفعت", "تقول")]
    [InlineData("فاعتبر [P|أحمد سالم] أن الأسعار ارتفعت", "اعتبر")]
    [InlineData("وَقَالَ [P|أحمد سالم] إنّ الأسعار ارتفعت", "قَالَ")]
    public void Find_ReportingVerbForms_GiveCueWithoutCliticAndTheClause(string markup, string cue)
    {
        var quote = QuoteText.Single(markup + ".");

        Assert.Equal(cue, quote.Cue);
        Assert.Equal("الأسعار ارتفعت", quote.Text);
        Assert.NotNull(quote.Speaker?.Entity);
    }

    [Fact]
    public void Find_VerbWithoutComplement_IsNoQuote()
    {
        Assert.Empty(QuoteText.FindIn("وأضاف [P|أحمد سالم] الكثير من التفاصيل في البلاد."));
    }

    [Theory]
    [InlineData("وأعلنت [O|الحكومة] حالة الطوارئ في البلاد.", "الحكومة", "حالة الطوارئ في البلاد")]
    [InlineData("أعلن [L|السودان]، مساء الخميس، انعقاد مباحثات بين الطرفين.", "السودان", "انعقاد مباحثات بين الطرفين")]
    [InlineData("أعلنت [O|أرامكو السعودية] تعيين خمسة أعضاء جدد.", "أرامكو السعودية", "تعيين خمسة أعضاء جدد")]
    [InlineData("ونفى الرئيس الأمريكي [P|دونالد ترامب] وجود خطط للانسحاب.", "دونالد ترامب", "وجود خطط للانسحاب")]
    public void Find_VerbWhoseObjectIsTheStatement_ReportsTheObject(string markup, string speaker, string words)
    {
        // Announced, confirmed, denied, revealed: the hand-labelled news counts these as statements.
        var quote = QuoteText.Single(markup);

        Assert.Equal(speaker, quote.Speaker?.Text);
        Assert.Equal(words, quote.Text);
    }

    [Theory]
    [InlineData("ولم تعلن [O|الحكومة] حالة الطوارئ في البلاد.")]
    [InlineData("وهي الخطوة التي أعلن [P|دونالد ترامب] انسحاب بلاده منها.")]
    [InlineData("أعلن [O|الجيش] في بيان صدر أمس.")]
    public void Find_VerbWithObjectNegatedSubordinateOrMissing_IsNoQuote(string markup)
    {
        Assert.Empty(QuoteText.FindIn(markup));
    }

    [Fact]
    public void Find_ThatAfterTimeWord_IsNotTheComplement()
    {
        var quote = QuoteText.Single("وقال [P|أحمد سالم] بعد أن التقى الوفد إن المحادثات كانت مثمرة.");

        Assert.Equal("المحادثات كانت مثمرة", quote.Text);
        Assert.Equal("أحمد سالم", quote.Speaker?.Text);
    }

    [Fact]
    public void Find_PersonInsideChannelAdjunct_IsNotTheSpeaker()
    {
        var quotes = QuoteText.FindIn("قال [P|أحمد سالم] إن الأسعار ارتفعت. وأكد خلال لقائه [P|جون سميث] أن الاتفاق قريب.");

        Assert.Equal(2, quotes.Count);
        Assert.Equal("أحمد سالم", quotes[1].Speaker?.Text);
        Assert.Equal(QuoteConfidence.Continued, quotes[1].Confidence);
    }

    [Fact]
    public void Find_RelayedStatement_SpeakerIsTheSourceNotTheAgency()
    {
        var quote = QuoteText.Single("ونقلت [O|وكالة رويترز] عن مسؤول أوروبي قوله إن العقوبات ستشدد.");

        Assert.Equal("مسؤول أوروبي", quote.Speaker?.Text);
        Assert.Null(quote.Speaker?.Entity);
        Assert.Equal("العقوبات ستشدد", quote.Text);
    }

    [Fact]
    public void Find_BodyInAPlace_ThePlaceDoesNotSpeakAndThePhraseEndsBeforeFi()
    {
        var quote = QuoteText.Single("ونفت السفارة الكورية في [L|عمّان] أن تكون بلادها قد أوقفت المنحة.");

        Assert.Equal("السفارة الكورية", quote.Speaker?.Text);
        Assert.Null(quote.Speaker?.Entity);
        Assert.Equal("نفت", quote.Cue);
    }

    [Fact]
    public void Find_OfficialInAGovernmentThenName_ThePersonAfterFiStillSpeaks()
    {
        var quote = QuoteText.Single("وقال وزير المالية في حكومة [L|إقليم كردستان]، [P|آوات شيخ جناب]، إن الرواتب ستصرف.");

        Assert.Equal("آوات شيخ جناب", quote.Speaker?.Text);
        Assert.Equal(1, quote.Speaker?.Entity);
    }

    [Fact]
    public void Find_HeadWordBeforeAnOrganisation_TheHeadedBodySpeaks()
    {
        var quote = QuoteText.Single("وأعلنت بعثة [O|الأمم المتحدة] في [L|ليبيا] أنها ستعلق رحلاتها.");

        Assert.Equal("بعثة الأمم المتحدة", quote.Speaker?.Text);
        Assert.Null(quote.Speaker?.Entity);
        Assert.Equal("ستعلق رحلاتها", quote.Text);
    }

    [Fact]
    public void Find_TitleBeforeAnOrganisation_IsNotABody()
    {
        var quote = QuoteText.Single("وقال مسؤول في [O|الأمم المتحدة] إن المساعدات وصلت.");

        Assert.Equal("الأمم المتحدة", quote.Speaker?.Text);
        Assert.Equal(0, quote.Speaker?.Entity);
    }

    [Fact]
    public void Find_ThatInsideAName_IsNoComplementizer()
    {
        var quote = QuoteText.Single("وقال رئيس الأبحاث في [O|بنك بي إن بي باريبا]، [P|هاري تشيلينغوريان]: \"نتوقع زيادة التخزين\".");

        Assert.Equal("نتوقع زيادة التخزين", quote.Text);
        Assert.Equal("هاري تشيلينغوريان", quote.Speaker?.Text);
    }

    [Fact]
    public void Find_OrganisationInAppositionAfterTheName_IsWhomTheSpeakerSpeaksFor()
    {
        var quote = QuoteText.Single("وقال الباحث [P|سمير خليل]، من [O|جامعة القاهرة]، إن النتائج مشجعة.");

        Assert.Equal("سمير خليل", quote.Speaker?.Text);
        Assert.Equal("جامعة القاهرة", quote.Speaker?.For?.Text);
    }

    [Fact]
    public void Find_UnnamedSpokespersonForAPerson_SpeaksForThatPerson()
    {
        var quote = QuoteText.Single("وقال متحدث باسم [P|تيريزا ماي] إنه لا نية للبقاء في الاتحاد الجمركي.");

        Assert.Null(quote.Speaker?.Entity);
        Assert.Equal("تيريزا ماي", quote.Speaker?.For?.Text);
    }

    [Fact]
    public void Find_TitleOfABodyInMarksWithWhatItIsFor_ThenName_SpeakerIsThePerson()
    {
        var quote = QuoteText.Single("وعلى الصعيد ذاته، يقول رئيس مركز \"[O|كلواذا]\" للدراسات [P|باسل حسين]، إن الانسحاب مجرد دعاية.");

        Assert.Equal("باسل حسين", quote.Speaker?.Text);
        Assert.Equal("كلواذا", quote.Speaker?.For?.Text);
    }
}
