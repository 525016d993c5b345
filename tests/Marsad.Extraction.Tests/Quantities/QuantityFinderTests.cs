using Marsad.Extraction.Quantities;

namespace Marsad.Extraction.Tests.Quantities;

public sealed class QuantityFinderTests
{
    internal static QuantityMention Single(string text)
    {
        IReadOnlyList<QuantityMention> mentions = QuantityFinder.Find(text);
        QuantityMention mention = Assert.Single(mentions);
        Assert.Equal(mention.Text, text.Substring(mention.Start, mention.End - mention.Start));
        return mention;
    }

    [Theory]
    [InlineData("وتنشر الولايات المتحدة 2500 عسكري في العراق", "2500 عسكري", 2500, "عسكري")]
    [InlineData("تنشر ٢٥٠٠ جندي في العراق", "٢٥٠٠ جندي", 2500, "جندي")]
    [InlineData("تنشر ۲۵۰۰ جندي في العراق", "۲۵۰۰ جندي", 2500, "جندي")]
    [InlineData("قتل 15 شخصا في الهجوم", "15 شخصا", 15, "شخصا")]
    [InlineData("بلغت الخسائر 300 دولار فقط", "300 دولار", 300, "دولار")]
    [InlineData("قتل اليوم 5 أشخاص في الهجوم", "5 أشخاص", 5, "أشخاص")]
    public void Find_DigitsAndCountedNoun_ReadsValueAndUnit(string text, string span, double value, string unit)
    {
        QuantityMention mention = Single(text);

        Assert.Equal(span, mention.Text);
        Assert.Equal(value, mention.Value);
        Assert.Equal(unit, mention.Unit);
        Assert.False(mention.Approximate);
        Assert.Null(mention.Bound);
    }

    [Theory]
    [InlineData("فر نصف مليون شخص من منازلهم", "نصف مليون شخص", 500000)]
    [InlineData("نزح ربع مليون شخص إلى المخيمات", "ربع مليون شخص", 250000)]
    [InlineData("خصصت الحكومة نصف مليار دولار للإعمار", "نصف مليار دولار", 500000000)]
    public void Find_AFractionBeforeAScale_TakesItsShare(string text, string span, double value)
    {
        QuantityMention mention = Single(text);

        Assert.Equal(span, mention.Text);
        Assert.Equal(value, mention.Value);
    }

    [Theory]
    [InlineData("وصل 2,500 جندي", 2500)]
    [InlineData("وصل 2.500 جندي", 2500)]
    [InlineData("وصل 1.234.567 دولار", 1234567)]
    [InlineData("وصل ٢٬٥٠٠ جندي", 2500)]
    [InlineData("بلغ 1,234.5 دولار", 1234.5)]
    [InlineData("بلغ 2.5 مليون دولار", 2500000)]
    [InlineData("بلغ 2.500 مليون دولار", 2500000)]
    [InlineData("بلغ ٢٫٥ مليون دولار", 2500000)]
    [InlineData("بلغ 1,5 مليون دولار", 1500000)]
    [InlineData("بلغ 0.250 طن", 0.25)]
    public void Find_Separators_AreDecidedByContext(string text, double value) =>
        Assert.Equal(value, Single(text).Value);

    [Theory]
    [InlineData("قتل ثلاثة جنود", 3, "جنود")]
    [InlineData("قتل ثلاث نساء", 3, "نساء")]
    [InlineData("قتل خمسة عشر قتيلا", 15, "قتيلا")]
    [InlineData("قتل ثلاث عشرة امرأة", 13, "امرأة")]
    [InlineData("قتل أحد عشر جنديا", 11, "جنديا")]
    [InlineData("قتل اثنا عشر جنديا", 12, "جنديا")]
    [InlineData("قتل خمسة وعشرين شخصا", 25, "شخصا")]
    [InlineData("قتل واحد وثلاثون شخصا", 31, "شخصا")]
    [InlineData("قتل ثلاثين جنديا", 30, "جنديا")]
    [InlineData("قتل ثلاثون جنديا", 30, "جنديا")]
    [InlineData("نشر ثلاثمئة جندي", 300, "جندي")]
    [InlineData("نشر ثلاثمائة جندي", 300, "جندي")]
    [InlineData("نشر ثلاث مئة جندي", 300, "جندي")]
    [InlineData("نشر مئة جندي", 100, "جندي")]
    [InlineData("نشر مائتي جندي", 200, "جندي")]
    [InlineData("نشر مئة وخمسة عشر جنديا", 115, "جنديا")]
    [InlineData("نشر ثلاثمئة وخمسون جنديا", 350, "جنديا")]
    [InlineData("نشر ألف جندي", 1000, "جندي")]
    [InlineData("نشر الف جندي", 1000, "جندي")]
    [InlineData("نشر ألفين جندي", 2000, "جندي")]
    [InlineData("نشر الفين جندي", 2000, "جندي")]
    [InlineData("نشر ثلاثة آلاف جندي", 3000, "جندي")]
    [InlineData("نشر ثلاثة آلاف وخمسمائة جندي", 3500, "جندي")]
    [InlineData("نشر خمسة وعشرين ألف جندي", 25000, "جندي")]
    [InlineData("نشر مئة ألف جندي", 100000, "جندي")]
    [InlineData("سلمت 11 ألفا و507 سيارات", 11507, "سيارات")]
    [InlineData("بلغ العجز 8 مليارات و900 مليون دولار", 8.9e9, "دولار")]
    [InlineData("بلغ العجز ثلاثة مليارات وخمسمائة مليون دولار", 3.5e9, "دولار")]
    [InlineData("خصص مليون دولار", 1000000, "دولار")]
    [InlineData("خصص مليونين دولار", 2000000, "دولار")]
    [InlineData("رفع التمويل إلى مليوني دولار", 2000000, "دولار")]
    [InlineData("حقق في انتهاك حق اثنين من المعتقلين", 2, "المعتقلين")]
    [InlineData("خصص مليار دولار", 1e9, "دولار")]
    [InlineData("خصص ثلاثة مليارات دولار", 3e9, "دولار")]
    [InlineData("خصص خمسين ألفا دولار", 50000, "دولار")]
    [InlineData("دامت الحرب ثماني سنوات", 8, "سنوات")]
    [InlineData("دامت الحرب ستة أعوام", 6, "أعوام")]
    [InlineData("دامت الحرب عشر سنوات", 10, "سنوات")]
    public void Find_NumberWords_ComposeTheValue(string text, double value, string unit)
    {
        QuantityMention mention = Single(text);

        Assert.Equal(value, mention.Value);
        Assert.Equal(unit, mention.Unit);
        Assert.False(mention.Approximate);
    }

    [Fact]
    public void Find_NumberWords_SpanCoversTheWholeNumberAndUnit()
    {
        QuantityMention mention = Single("وصل ثلاثة آلاف وخمسمائة جندي أمس");

        Assert.Equal("ثلاثة آلاف وخمسمائة جندي", mention.Text);
    }

    [Theory]
    [InlineData("قتل عشرات الجنود", 10, "الجنود", "عشرات الجنود")]
    [InlineData("سقط مئات القتلى", 100, "القتلى", "مئات القتلى")]
    [InlineData("نزح آلاف اللاجئين", 1000, "اللاجئين", "آلاف اللاجئين")]
    [InlineData("نزح الاف اللاجئين", 1000, "اللاجئين", "الاف اللاجئين")]
    [InlineData("خسر ملايين الدولارات", 1e6, "الدولارات", "ملايين الدولارات")]
    [InlineData("نزح عشرات الآلاف من المدنيين", 10000, "المدنيين", "عشرات الآلاف من المدنيين")]
    [InlineData("نزح مئات الآلاف من السكان", 100000, "السكان", "مئات الآلاف من السكان")]
    [InlineData("وقتل العشرات من المدنيين", 10, "المدنيين", "العشرات من المدنيين")]
    [InlineData("اعتقل بضعة أشخاص", 3, "أشخاص", "بضعة أشخاص")]
    [InlineData("وعشرات الجنود", 10, "الجنود", "عشرات الجنود")]
    public void Find_VaguePlurals_AreApproximateWithAcledValues(string text, double value, string unit, string span)
    {
        QuantityMention mention = Single(text);

        Assert.Equal(value, mention.Value);
        Assert.Equal(unit, mention.Unit);
        Assert.Equal(span, mention.Text);
        Assert.True(mention.Approximate);
    }

    [Theory]
    [InlineData("ينتشر نحو 900 جندي", "نحو 900 جندي")]
    [InlineData("ينتشر حوالي 900 جندي", "حوالي 900 جندي")]
    [InlineData("ينتشر حوالى 900 جندي", "حوالى 900 جندي")]
    [InlineData("ينتشر قرابة 900 جندي", "قرابة 900 جندي")]
    [InlineData("ينتشر زهاء 900 جندي", "زهاء 900 جندي")]
    [InlineData("ويتواجد في العراق ما يقرب من 2500 جندي", "ما يقرب من 2500 جندي")]
    [InlineData("ينتشر ما يقارب 900 جندي", "ما يقارب 900 جندي")]
    [InlineData("ارتفع بنحو 900 دولار", "نحو 900 دولار")]
    [InlineData("ينتشر 900 جندي تقريبا", "900 جندي تقريبا")]
    [InlineData("نشر نحو ثلاثة آلاف عسكري", "نحو ثلاثة آلاف عسكري")]
    public void Find_ApproximationCue_IsInSpanAndMarksApproximate(string text, string span)
    {
        QuantityMention mention = Single(text);

        Assert.Equal(span, mention.Text);
        Assert.True(mention.Approximate);
        Assert.Null(mention.Bound);
    }

    [Theory]
    [InlineData("وهناك أكثر من 5000 جندي", "أكثر من 5000 جندي", QuantityBound.AtLeast)]
    [InlineData("وهناك وأكثر من 5000 جندي", "أكثر من 5000 جندي", QuantityBound.AtLeast)]
    [InlineData("قتل على الأقل 50 شخصا", "على الأقل 50 شخصا", QuantityBound.AtLeast)]
    [InlineData("قتل 50 شخصا على الأقل في الهجوم", "50 شخصا على الأقل", QuantityBound.AtLeast)]
    [InlineData("قتل ما لا يقل عن 50 شخصا", "ما لا يقل عن 50 شخصا", QuantityBound.AtLeast)]
    [InlineData("قتل ما يزيد على 50 شخصا", "ما يزيد على 50 شخصا", QuantityBound.AtLeast)]
    [InlineData("قتل 50 شخصا أو أكثر", "50 شخصا أو أكثر", QuantityBound.AtLeast)]
    [InlineData("بقي أقل من 50 جنديا", "أقل من 50 جنديا", QuantityBound.AtMost)]
    [InlineData("يستوعب حتى 50 شخصا", "حتى 50 شخصا", QuantityBound.AtMost)]
    [InlineData("يستوعب ما لا يزيد عن 50 شخصا", "ما لا يزيد عن 50 شخصا", QuantityBound.AtMost)]
    [InlineData("يستوعب 50 شخصا بحد أقصى", "50 شخصا بحد أقصى", QuantityBound.AtMost)]
    public void Find_BoundCue_SetsBound(string text, string span, QuantityBound bound)
    {
        QuantityMention mention = Single(text);

        Assert.Equal(span, mention.Text);
        Assert.Equal(bound, mention.Bound);
    }

    [Fact]
    public void Find_ApproximationAndBound_Stack()
    {
        QuantityMention mention = Single("قتل نحو أكثر من 50 شخصا");

        Assert.Equal("نحو أكثر من 50 شخصا", mention.Text);
        Assert.True(mention.Approximate);
        Assert.Equal(QuantityBound.AtLeast, mention.Bound);
    }

    [Theory]
    [InlineData("ارتفع التضخم 25% في عام", "25%", 25)]
    [InlineData("ارتفع التضخم 25 % في عام", "25 %", 25)]
    [InlineData("ارتفع التضخم ٢٥٪ في عام", "٢٥٪", 25)]
    [InlineData("ارتفع التضخم بنسبة %25 في عام", "%25", 25)]
    [InlineData("ارتفع التضخم 25 في المئة خلال عام", "25 في المئة", 25)]
    [InlineData("ارتفع التضخم 25 في المائة خلال عام", "25 في المائة", 25)]
    [InlineData("ارتفع التضخم 25 بالمئة خلال عام", "25 بالمئة", 25)]
    [InlineData("ارتفع التضخم 2.5 بالمائة خلال عام", "2.5 بالمائة", 2.5)]
    [InlineData("ارتفع التضخم خمسة في المئة خلال عام", "خمسة في المئة", 5)]
    [InlineData("ارتفع التضخم نحو 25% خلال عام", "نحو 25%", 25)]
    public void Find_Percent_AllFormsHaveUnitPercent(string text, string span, double value)
    {
        QuantityMention mention = Single(text);

        Assert.Equal(span, mention.Text);
        Assert.Equal(value, mention.Value);
        Assert.Equal("%", mention.Unit);
    }

    [Theory]
    [InlineData("خصص 2.5 مليار دولار للمشروع", 2.5e9, "دولار")]
    [InlineData("خصص 300 مليون يورو للمشروع", 3e8, "يورو")]
    [InlineData("دفع 500 دينار غرامة", 500, "دينار")]
    [InlineData("دفع 25 ألف ليرة سورية لرجل", 25000, "ليرة")]
    [InlineData("دفع 500 ألف دينار غرامة", 500000, "دينار")]
    [InlineData("دفع عشرة ملايين ريال غرامة", 1e7, "ريال")]
    [InlineData("خسر مليارات الدولارات", 1e9, "الدولارات")]
    public void Find_Money_ReadsScaleAndCurrency(string text, double value, string unit)
    {
        QuantityMention mention = Single(text);

        Assert.Equal(value, mention.Value);
        Assert.Equal(unit, mention.Unit);
    }

    [Fact]
    public void Find_UnitWithClitics_DropsConjunctionKeepsArticle()
    {
        QuantityMention mention = Single("سقط بعشرات القتلى والجرحى");

        Assert.Equal("القتلى", mention.Unit);
        Assert.Equal("عشرات القتلى", mention.Text);
    }

    [Fact]
    public void Find_DiacritisedAndTatweel_SpanMatchesOriginalAndUnitDropsMarks()
    {
        string text = "قُتِلَ خَمْسَةَ عَشَرَ قَتِيلاً وأكـثـر من ٢٥٠٠ جُنْدِيٍّ";

        IReadOnlyList<QuantityMention> mentions = QuantityFinder.Find(text);

        Assert.Equal(2, mentions.Count);
        Assert.All(mentions, m => Assert.Equal(m.Text, text.Substring(m.Start, m.End - m.Start)));
        Assert.Equal(15, mentions[0].Value);
        Assert.Equal("قتيلا", mentions[0].Unit);
        Assert.Equal("أكـثـر من ٢٥٠٠ جُنْدِيٍّ", mentions[1].Text);
        Assert.Equal("جندي", mentions[1].Unit);
        Assert.Equal(QuantityBound.AtLeast, mentions[1].Bound);
    }

    [Fact]
    public void Find_SeveralQuantities_InOrder()
    {
        IReadOnlyList<QuantityMention> mentions = QuantityFinder.Find(
            "ويتواجد في العراق ما يقرب من 2500 جندي أميركي بينما ينتشر في سوريا نحو 900 جندي أميركي.");

        Assert.Equal([2500.0, 900.0], mentions.Select(m => m.Value));
        Assert.All(mentions, m => Assert.True(m.Approximate));
        Assert.All(mentions, m => Assert.Equal("الولايات المتحدة", m.Subject?.Country));
    }

    [Fact]
    public void Find_BracketedDigitsBeforeScale_MultiplyAndSpanTheBrackets()
    {
        QuantityMention mention = Single("لتتجاوز قيمتها السوقية (138) مليار ريال في العام الماضي");

        Assert.Equal("(138) مليار ريال", mention.Text);
        Assert.Equal(138e9, mention.Value);
    }

    [Fact]
    public void Find_ScaledDecimal_HasNoBinaryFractionNoise() =>
        Assert.Equal(524200000, Single("بلغت أحجام التداول 524.2 مليون سهم").Value);

    [Fact]
    public void Find_SquareMetres_UnitIsBothWords()
    {
        QuantityMention mention = Single("تبلغ المساحة 6.5 كيلومتر مربع من الحقول");

        Assert.Equal("كيلومتر مربع", mention.Unit);
        Assert.Equal("6.5 كيلومتر مربع", mention.Text);
    }

    [Fact]
    public void Find_OthersAfterNumber_IsACountOfPeople() =>
        Assert.Equal("آخرون", Single("وأصيب ثلاثة آخرون بجروح").Unit);
}
