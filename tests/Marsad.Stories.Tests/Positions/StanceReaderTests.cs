using Marsad.Stories.Positions;

namespace Marsad.Stories.Tests.Positions;

public class StanceReaderTests
{
    private readonly StanceReader _reader = new("انسحاب القوات الأمريكية من العراق");

    [Theory]
    [InlineData("لا انسحاب للقوات قبل هزيمة الإرهاب", "قال", Stances.Against)]
    [InlineData("القوات باقية ولن يكون هناك انسحاب", "أكد", Stances.Against)]
    [InlineData("الانسحاب مسرحية لا أكثر", "قال", Stances.Sceptical)]
    [InlineData("الانسحاب سيتم وفق جدول زمني", "وأضاف", Stances.For)]
    [InlineData("الاجتماع كان مثمرا", "قال", Stances.Neutral)]
    [InlineData("واشنطن لا تخطط حاليا لسحب قواتها من العراق", "قالت", Stances.Against)]
    [InlineData("ليس لديهم علم بأي خطط للانسحاب من العراق", "أوضح", Stances.Against)]
    [InlineData("المطلوب عدم إبقاء أي قوات أجنبية", "قال", Stances.For)]
    [InlineData("لم تعد هناك حاجة لبقائها على أرضنا", "قال", Stances.For)]
    [InlineData("من الضروري بقاء القوات لمواجهة الإرهاب", "قال", Stances.Against)]
    [InlineData("تمديد مهمة القوات في العراق", "طالب", Stances.Against)]
    [InlineData("بقاء القوات الأجنبية على أرض العراق", "رفض", Stances.For)]
    [InlineData("بقايا التنظيم ما زالت تنشط في العراق", "قال", Stances.Neutral)]
    [InlineData("لن نلتفت لأكاذيب المحتل بجدولة الانسحاب", "قالت", Stances.Sceptical)]
    public void Read_TakesTheStanceTheWordsShow(string words, string cue, string expected)
    {
        Assert.Equal(expected, _reader.Read(words, cue));
    }

    [Theory]
    [InlineData("حركة فتح تدعو إلى الحوار بشأن المعبر", "قالت", Stances.Neutral)]
    [InlineData("افتتاح المعبر أمام المسافرين ضرورة إنسانية", "قال", Stances.Against)]
    public void Read_OnlyWordsOfTheOppositeActionCount_NotANameThatStartsLikeOne(string words, string cue, string expected)
    {
        var reader = new StanceReader("إغلاق معبر رفح");

        Assert.Equal(expected, reader.Read(words, cue));
    }

    [Fact]
    public void IsAbout_NeedsTheHeadOrTwoOfTheQuestionsWords()
    {
        Assert.True(_reader.IsAbout("وتحدث عن الانسحاب المرتقب"));
        Assert.True(_reader.IsAbout("القوات الأميركية في العراق"));
        Assert.False(_reader.IsAbout("ارتفعت أسعار النفط في العراق"));
    }
}
