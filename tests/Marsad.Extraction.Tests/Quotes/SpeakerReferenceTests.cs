using Marsad.Extraction.Quotes;

namespace Marsad.Extraction.Tests.Quotes;

/// <summary>Speakers named in other ways than a recognised name after the verb: in marks, by a description, before the verb, for a body.</summary>
public sealed class SpeakerReferenceTests
{
    [Fact]
    public void Find_NewspaperNamedInMarks_SpeaksAsTheNameInside()
    {
        var quote = QuoteText.Single("أكدت صحيفة \"ميرور\" البريطانية أن اللاعب هو أفضل صفقة.");

        Assert.Equal("ميرور", quote.Speaker?.Text);
        Assert.True(quote.Speaker?.Body);
        Assert.Equal("اللاعب هو أفضل صفقة", quote.Text);
    }

    [Fact]
    public void Find_DefiniteDescription_RefersToTheEarlierSpeakerItDescribes()
    {
        var quotes = QuoteText.FindIn(
            "كشفت صحيفة \"كوري ديلو سبورت\" الإيطالية أن النادي وضع المدرب على قائمته. وقال [P|أحمد سالم] إن القرار لم يتخذ. "
            + "وقالت الجريدة الإيطالية في نسختها الورقية إن المدرب خيار مفاجئ.");

        Assert.Equal(3, quotes.Count);
        Assert.Equal("كوري ديلو سبورت", quotes[2].Speaker?.Text);
        Assert.Equal(QuoteConfidence.Continued, quotes[2].Confidence);
    }

    [Fact]
    public void Find_TitleWithoutName_RefersToThePersonIntroducedWithIt()
    {
        var quotes = QuoteText.FindIn(
            "وقال رئيس مجلس النواب، المهندس [P|عاطف الطراونة]، إن المجلس يريد رد القانون. "
            + "ورأى [P|خالد سعيد] أن الحوار مطلوب. واعتبر رئيس المجلس أن رد القانون ينزع فتيل الاحتجاجات.");

        Assert.Equal("عاطف الطراونة", quotes[2].Speaker?.Text);
    }

    [Fact]
    public void Find_DefiniteDescription_RefersToAnEarlierNameWithThatHead()
    {
        var quotes = QuoteText.FindIn(
            "اتصل الرئيس بنظيره بحسب بيان [O|الرئاسة الفرنسية]. وأضافت الرئاسة أن فرنسا ستواصل جهودها.");

        Assert.Equal("الرئاسة الفرنسية", quotes[^1].Speaker?.Text);
    }

    [Fact]
    public void Find_DescriptionThatNamesNoOneBefore_StaysAPhrase()
    {
        var quote = QuoteText.Single("وقال [P|أحمد سالم] كلاما كثيرا. وقالت الوزارة إن العملية مستمرة.");

        Assert.Equal("الوزارة", quote.Speaker?.Text);
        Assert.Null(quote.Speaker?.Entity);
    }

    [Fact]
    public void Find_PronounVerbWithNoEarlierSpeaker_IsThePersonTheSentenceBeforeIsAbout()
    {
        var quote = QuoteText.Single(
            "فقد رفض رئيس الوزراء [P|هاني الملقي] السبت سحب مشروع القانون. لكنه أكد على أن الحكومة مستمرة في مباحثاتها.");

        Assert.Equal("هاني الملقي", quote.Speaker?.Text);
        Assert.Equal(QuoteConfidence.Inferred, quote.Confidence);
    }

    [Fact]
    public void Find_FemininePronounVerbWithNoEarlierSpeaker_GuessesNoOne()
    {
        var quote = QuoteText.Single("التقى [P|هاني الملقي] النقابات. وأكدت أن الحكومة مستمرة.");

        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void Find_PersonSpeakingForABody_KeepsTheBodyAsWhomHeSpeaksFor()
    {
        var quote = QuoteText.Single("وقال المتحدث باسم [O|الحكومة العراقية] [P|باسم العوادي] إن الانسحاب سيتم.");

        Assert.Equal("باسم العوادي", quote.Speaker?.Text);
        Assert.Equal("الحكومة العراقية", quote.Speaker?.For?.Text);
    }

    [Fact]
    public void Find_PersonWithCountryInTitle_SpeaksForTheCountry()
    {
        var text = QuoteText.Parse("قال رئيس وزراء [L|العراق] [P|محمد شياع السوداني] إن الحوار مستمر.");
        var quote = Assert.Single(QuoteFinder.Find(text.Text, text.Entities, text.Dates));

        Assert.Equal(0, quote.Speaker?.For?.Entity);
    }

    [Fact]
    public void Find_PersonWithUntaggedBodyInTitle_SpeaksForThatBody()
    {
        var quote = QuoteText.Single("وقال رئيس هيئة الحشد الشعبي [P|فالح الفياض] إن القرار عراقي.");

        Assert.Equal("فالح الفياض", quote.Speaker?.Text);
        Assert.Equal("هيئة الحشد الشعبي", quote.Speaker?.For?.Text);
        Assert.Null(quote.Speaker?.For?.Entity);
    }

    [Fact]
    public void Find_PersonWithPlaceAfterHim_SpeaksForNoBody()
    {
        var quote = QuoteText.Single("قال السفير [P|ماثيو تولر] في [L|بغداد] إن الحوار مستمر.");

        Assert.Equal("ماثيو تولر", quote.Speaker?.Text);
        Assert.Null(quote.Speaker?.For);
    }

    [Fact]
    public void Find_TopicBeforeVerbWithAma_SpeaksThroughTheFaVerb()
    {
        var quote = QuoteText.Single("أما صحيفة [O|إندبندنت] فأوضحت أن التطور الكبير مرده إلى الثقة.");

        Assert.Equal("صحيفة إندبندنت", quote.Speaker?.Text);
    }

    [Fact]
    public void Find_SubjectWithAppositionBeforeVerb_IsTheNameBeforeTheCommas()
    {
        var quote = QuoteText.Single("لكن الدكتورة [P|برناديت مور]، رئيسة الباحثين في هذه الدراسة، قالت: \"معظم الأنواع ستظل مرتفعة\".");

        Assert.Equal("برناديت مور", quote.Speaker?.Text);
    }

    [Fact]
    public void Find_PassiveYudaaAfterANoun_IsNoCue()
    {
        var quotes = QuoteText.FindIn("وقال متحدث باسم الفندق يدعى [P|يانغ] للصحيفة: \"نشرنا الإخطار الجمعة\".");

        var quote = Assert.Single(quotes);
        Assert.Equal("قال", quote.Cue);
    }

    [Fact]
    public void Find_TitleOfAPlace_IsNoSpeechOfThePlace()
    {
        var quote = QuoteText.Single("وعلقت سفيرة [L|واشنطن] ببغداد عبر منصة إكس قائلة: \"كان اليوم أول اجتماع\".");

        Assert.Null(quote.Speaker?.Entity);
        Assert.Equal("واشنطن", quote.Speaker?.For?.Text);
    }

    [Fact]
    public void Find_MasculineVerbAfterABodySpokeInTheFeminine_ContinuesTheBody()
    {
        var quotes = QuoteText.FindIn(
            "كتب [P|أبو آلاء الولائي] أن الاحتلال سيرحل. وأضافت [O|النجباء] في بيانها أنها لن تلتفت للأكاذيب. ولفت إلى أن البعض باع دينه.");

        Assert.Equal("النجباء", quotes[2].Speaker?.Text);
    }

    [Fact]
    public void Find_ObjectPrepositionDeepInALaterClause_IsNoStatement()
    {
        var quotes = QuoteText.FindIn("نفت [P|سابرينا سينغ] أن تكون المحادثات التي أعلنت عنها الوزارة تتعلق بالانسحاب وذلك بعد تقارير عن تفاهمات في الملف.");

        var quote = Assert.Single(quotes);
        Assert.Equal("نفت", quote.Cue);
    }

    [Theory]
    [InlineData("ولم تعلن أي جهة مسؤوليتها عن الهجوم على المركز.")]
    [InlineData("وأكد [P|فيرزيلوف] على حسابه في تويتر اعتقاله مع رفاقه.")]
    public void Find_NegatedVerbOrChannelAfterThePreposition_IsNoStatement(string text)
    {
        Assert.Empty(QuoteText.FindIn(text));
    }

    [Fact]
    public void Find_RelativeAfterACommaBeforeTheVerb_SpeaksForTheNounBeforeTheComma()
    {
        var quote = QuoteText.Single("وشارك في كتابة [O|البيان الشيوعي]، الذي قال إن التاريخ صراع بين الطبقات.");

        Assert.Equal("البيان الشيوعي", quote.Speaker?.Text);
    }

    [Fact]
    public void Find_PronounVerbWithNoEarlierSpeaker_SkipsAPersonAfterAPreposition()
    {
        var quote = QuoteText.Single("ونشر البرادعي صورة مع [P|باشيليت] الإثنين. وقال إنها التقطت في سانتياجو.");

        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void Find_ParticipleWithNoEarlierSpeaker_GuessesNoOne()
    {
        var quote = QuoteText.Single("وبعد التصويت توجه [P|باشينيان] إلى الساحة، وكان متوقعا أن تؤمن له الكتل 47 صوتا.");

        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void Find_OneOfThoseNamed_SpeaksUnnamedForTheBody()
    {
        var quote = QuoteText.Single("وقال أحد قادة [O|الحرس الثوري] إن الرد قادم.");

        Assert.Null(quote.Speaker?.Entity);
        Assert.Equal("الحرس الثوري", quote.Speaker?.For?.Text);
    }

    [Fact]
    public void Find_OneOfAPersonsRelatives_IsNotThatPerson()
    {
        var quote = QuoteText.Single("ويقول أحد أشقاء [P|سيستو] إن الحياة هنا أصعب.");

        Assert.Null(quote.Speaker?.Entity);
    }

    [Fact]
    public void Find_SpokesmanForABodyTheTaggerMissed_SpeaksForTheWordsAfterBasm()
    {
        var quote = QuoteText.Single("جاء ذلك في بيان. وقال المتحدث الرسمي باسم الخارجية السودانية [P|قريب الله الخضر] إن المحادثات ستبدأ.");

        Assert.Equal("الخارجية السودانية", quote.Speaker?.For?.Text);
    }

    [Fact]
    public void Find_NationalityInTheTitle_SpeaksForItsCountry()
    {
        var quote = QuoteText.Single("وقال الرئيس الأمريكي [P|دونالد ترامب] إن الرسوم ستبقى.");

        Assert.Equal("دونالد ترامب", quote.Speaker?.Text);
        Assert.NotNull(quote.Speaker?.For?.Country);
    }

    [Fact]
    public void Find_BodyNamedAfterAPrepositionInTheClause_IsNoBodySpokenFor()
    {
        var quote = QuoteText.Single("نشر [P|دي كارفاليو] رسالة على [O|فيسبوك] يعلن فيها أن الفريق باق.");

        Assert.Equal("دي كارفاليو", quote.Speaker?.Text);
        Assert.Null(quote.Speaker?.For);
    }

    [Fact]
    public void Find_RelativeClauseBetweenSpeakerAndComplementizer_KeepsTheSpeaker()
    {
        var quote = QuoteText.Single("وقال [P|محمد شياع السوداني]، الذي التقى [P|أنتوني بلينكن] أمس في بغداد، إن الحوار مستمر.");

        Assert.Equal("محمد شياع السوداني", quote.Speaker?.Text);
        Assert.Equal("الحوار مستمر", quote.Text);
    }

    [Fact]
    public void Find_AddresseeInBracketsAfterLam_IsNotTheSpeaker()
    {
        var quotes = QuoteText.FindIn("أكد [P|أحمد سالم] أن السلطات حددت هويته، إذ قال لـ([O|CNN]) إنه يدعى راسل.");

        Assert.Equal("أحمد سالم", quotes[^1].Speaker?.Text);
    }

    [Fact]
    public void Find_VerbAfterMa_TakesItsSubjectNotTheAddresseeAfterLam()
    {
        var quote = QuoteText.Single("سقطت الطائرة بعد ملاحقتها، بحسب ما قاله مصدران مطلعان لـ[O|CNN].");

        Assert.Equal("قاله", quote.Cue);
        Assert.Null(quote.Speaker?.Entity);
    }

    [Fact]
    public void Find_FaWrittenApartAfterAmma_FindsTheTopicAsSpeaker()
    {
        var quote = QuoteText.Single("أما بروفسور [P|كارول روتر] ف قالت \"أعتقد أن الافتراض خاطئ\".");

        Assert.Equal("كارول روتر", quote.Speaker?.Text);
    }

    [Fact]
    public void Find_PersonAfterBasm_IsSpokenForNotSpeaking()
    {
        var quote = QuoteText.Single("وقال متحدث باسم [P|تيريزا ماي] إنه لا نية للبقاء في الاتحاد الجمركي.");

        Assert.Null(quote.Speaker?.Entity);
    }

    [Fact]
    public void Find_NationalityOfAFieldAfterFi_IsNoBodySpokenFor()
    {
        var quote = QuoteText.Single("قال الباحث في الشأن العراقي [P|ميثم محمد صاحب] إن الولايات المتحدة لن تنسحب.");

        Assert.Equal("ميثم محمد صاحب", quote.Speaker?.Text);
        Assert.Null(quote.Speaker?.For);
    }

    [Fact]
    public void Find_AmmaTopicWithARelativeClauseAndFaqad_IsTheSpeaker()
    {
        var quote = QuoteText.Single("أما [P|طوني سمعان] الذي يعمل في شركة روتانا المنتجة لألبوم المغنية فقد أكد أن الأغنية أصلية.");

        Assert.Equal("طوني سمعان", quote.Speaker?.Text);
    }

    [Fact]
    public void Find_PersonAfterAPrepositionInTheSubject_IsNotTheSpeaker()
    {
        var quote = QuoteText.Single("وقالت فوكس سينما المملوكة لمجموعة [P|ماجد الفطيم] إنها ستفتتح صالات جديدة.");

        Assert.Null(quote.Speaker?.Entity);
    }

    [Fact]
    public void Find_SpokesmanNamedBasim_SpeaksForTheBodyAfterTheFirstBasim()
    {
        var quotes = QuoteText.FindIn(
            "أعلن الناطق باسم الحكومة العراقية باسم [P|العوادي]، أن المهمة بدأت. وأضاف المتحدث باسم الحكومة العراقية أنه لا يمكن للتحالف أن يبقى.");

        Assert.Equal(2, quotes.Count);
        Assert.Equal("العوادي", quotes[0].Speaker?.Text);
        Assert.Equal("الحكومة العراقية", quotes[0].Speaker?.For?.Text);
        Assert.Equal("العوادي", quotes[1].Speaker?.Text);
    }

    [Theory]
    [InlineData("جاء ذلك في بيان صادر عن المتحدث باسم الخارجية [P|قريب الله الخضر] الخميس. وقال البيان إن المفاوضات ستبدأ.", "قريب الله الخضر")]
    [InlineData("وأصدرت الوزارة أمس بيانا ل[O|وزارة الصحة] عن الوضع. وقال البيان إن الإصابات تراجعت.", "وزارة الصحة")]
    public void Find_TheStatementSays_SpeaksAsWhoeverIssuedIt(string markup, string author)
    {
        var quote = QuoteText.Single(markup);

        Assert.Equal(author, quote.Speaker?.Text);
    }

    [Fact]
    public void Find_TheStatementSays_WithNoAuthorNamed_StaysTheStatement()
    {
        var quote = QuoteText.Single("ونشرت الصحف صباح أمس بيانا طويلا. وقال البيان إن الإصابات تراجعت.");

        Assert.Null(quote.Speaker?.Entity);
    }
}
