using Marsad.Stories.Positions;

namespace Marsad.Stories.Tests.Positions;

/// <summary>The rules added after measuring against the labelled quotes, each on sentences of its own.</summary>
public class StanceReaderRulesTests
{
    private readonly StanceReader _withdrawal = new("انسحاب القوات الأمريكية من العراق");

    [Theory]
    [InlineData("واشنطن لن تنسحب من العراق قبل نهاية العام")]
    [InlineData("في الوقت الحالي لن ننسحب")]
    [InlineData("القوات لم تنسحب ولن تنسحب")]
    public void Read_ANegatedVerbOfTheHeadIsAgainst(string words)
    {
        Assert.Equal(Stances.Against, _withdrawal.Read(words, "قال"));
    }

    [Theory]
    [InlineData("القوات ستنسحب خلال أشهر")]
    [InlineData("سنخرج من العراق قريبا جدا")]
    [InlineData("إنهاء مهمة التحالف وضع على السكة")]
    public void Read_TheActionSaidAsAVerbOrInOtherWordsIsFor(string words)
    {
        Assert.Equal(Stances.For, _withdrawal.Read(words, "قال"));
    }

    [Theory]
    [InlineData("تفعيل الانسحاب أمر شبه مستحيل")]
    [InlineData("حديث الانسحاب لن ينطلي علينا")]
    [InlineData("وعود الانسحاب لن تنطلي على أحد")]
    [InlineData("الكلام عن الانسحاب لا يكلف شيئا")]
    [InlineData("خطة الانسحاب حبر على ورق")]
    [InlineData("نشكك في جدية الانسحاب")]
    public void Read_PhrasesThatCallTheClaimHollowAreSceptical(string words)
    {
        Assert.Equal(Stances.Sceptical, _withdrawal.Read(words, "قال"));
    }

    [Fact]
    public void Read_AnAnnouncedWithdrawalIsAClaim()
    {
        Assert.Equal(Stances.For, _withdrawal.Read("أعلنت واشنطن عن انسحاب قواتها", "قال"));
    }

    [Fact]
    public void Read_WhatAnotherClaimsIsDoubted()
    {
        Assert.Equal(Stances.Sceptical, _withdrawal.Read("الانسحاب الذي تزعمه واشنطن", "قال"));
    }

    [Fact]
    public void Read_ARiskOfWithdrawingSpeaksAgainstIt()
    {
        Assert.Equal(Stances.Against, _withdrawal.Read("إذا انسحبت القوات فإن الفراغ سيملؤه الإرهاب", "قال"));
    }

    [Fact]
    public void Read_ADenialInTheSpeakersOwnWordsBeatsADoubtWord()
    {
        var reader = new StanceReader("استخدام النظام أسلحة كيماوية");

        Assert.Equal(Stances.Against, reader.Read("نحن ننفي بشدة هذه الادعاءات", "قال"));
    }

    [Theory]
    [InlineData("لا بد من انسحاب كل القوات الأجنبية", Stances.For)]
    [InlineData("لا تزال القوات العراقية بحاجة إلى الدعم", Stances.Against)]
    [InlineData("انتصرنا دون الحاجة إلى أي مقاتل أجنبي", Stances.For)]
    [InlineData("نؤكد انتفاء الحاجة لأي وجود عسكري", Stances.For)]
    public void Read_NecessityAndGoingOnAreNoNegations_AndANeedForForcesIsStaying(string words, string expected)
    {
        Assert.Equal(expected, _withdrawal.Read(words, "قال"));
    }

    [Theory]
    [InlineData("في ما يتعلق بالانسحاب هناك أسئلة كثيرة")]
    [InlineData("تحدث عن الانسحاب وتداعياته على المنطقة")]
    [InlineData("إذا انسحبت القوات فسنرى ما يحدث")]
    [InlineData("في حال الانسحاب ستعقد الحكومة اجتماعا")]
    public void Read_TheHeadNamedAsATopicOrASuppositionIsNoClaim(string words)
    {
        Assert.Equal(Stances.Neutral, _withdrawal.Read(words, "قال"));
    }

    [Theory]
    [InlineData("الانسحاب من الاتفاق خطأ فادح", Stances.Against)]
    [InlineData("الانسحاب سيزيد الأعباء على قواتنا", Stances.Against)]
    [InlineData("القرار غير مقبول ولا يخدم المنطقة", Stances.Against)]
    [InlineData("نشكر الرئيس على قراره الشجاع", Stances.For)]
    [InlineData("نجدد دعمنا لهذا الهدف", Stances.For)]
    [InlineData("القرار لن يحقق أي نجاح", Stances.Against)]
    public void Read_WordsOfSupportAndOfHarmAreWeighed_ANearNegationTurningThem(string words, string expected)
    {
        var reader = new StanceReader("نقل السفارة إلى القدس");

        Assert.Equal(expected, reader.Read(words, "قال"));
    }

    [Theory]
    [InlineData("تكون قد تلقت أي إخطار رسمي بالجدول الزمني", Stances.Neutral)]
    [InlineData("أن يكون سحب القوات قريبا", Stances.Against)]
    public void Read_ADenyingVerbCountsOnlyOverWordsOnTheQuestion(string words, string expected)
    {
        var reader = new StanceReader("سحب بعثة الأمم المتحدة قواتها من شمال مالي");

        Assert.Equal(expected, reader.Read(words, "نفت"));
    }

    [Fact]
    public void Read_CancellingAMeetingIsTheOppositeOfHoldingIt()
    {
        var reader = new StanceReader("عقد قمة بين الزعيمين");

        Assert.Equal(Stances.Against, reader.Read("قرر إلغاء القمة المقررة", "قال"));
    }
}
