using Marsad.Core.Analysis;
using Marsad.Extraction.Dates;

namespace Marsad.Extraction.Tests.Dates;

public sealed class ExplicitDateFinderTests
{
    private static DateMention Single(string text, DateOnly? anchor = null)
    {
        IReadOnlyList<DateMention> mentions = ExplicitDateFinder.Find(text, anchor);
        DateMention mention = Assert.Single(mentions);
        Assert.Equal(mention.Text, text.Substring(mention.Start, mention.End - mention.Start));
        return mention;
    }

    [Theory]
    [InlineData("وصل في 28 يناير/ كانون الثاني 2024 إلى", "28 يناير/ كانون الثاني 2024", "2024-01-28")]
    [InlineData("في مايو أيار 2025 عقدت", "مايو أيار 2025", "2025-05")]
    [InlineData("صدر في 13 يناير, 2024 بيان", "13 يناير, 2024", "2024-01-13")]
    [InlineData("في سبتمبر/أيلول من عام 2025", "سبتمبر/أيلول من عام 2025", "2025-09")]
    [InlineData("يوم 5 جانفي 2023 في الجزائر", "5 جانفي 2023", "2023-01-05")]
    [InlineData("منذ ٢٠ آذار ٢٠٢٤", "٢٠ آذار ٢٠٢٤", "2024-03-20")]
    [InlineData("في 3 يونيه 2020", "3 يونيه 2020", "2020-06-03")]
    [InlineData("في 13/01/2024 أعلن", "13/01/2024", "2024-01-13")]
    [InlineData("بتاريخ 2024-01-13 أعلن", "2024-01-13", "2024-01-13")]
    [InlineData("في 2014 اندلعت", "2014", "2014")]
    [InlineData("خلال عام 2014 اندلعت", "عام 2014", "2014")]
    [InlineData("خلال العام 2014 اندلعت", "العام 2014", "2014")]
    [InlineData("الفيلم (2025) جديد", "2025", "2025")]
    [InlineData("منذ ٢٠١٤ والحرب", "٢٠١٤", "2014")]
    [InlineData("في 15 رمضان 1445 هـ وقع", "15 رمضان 1445 هـ", "2024-03-25")]
    [InlineData("في 1 رمضان 1445 وقع", "1 رمضان 1445", "2024-03-11")]
    [InlineData("في شهر رمضان 1445 وقع", "شهر رمضان 1445", "2024-03")]
    [InlineData("أواخر ذي الحجة 1444 هـ", "أواخر ذي الحجة 1444 هـ", "2023-06")]
    public void Find_ExplicitForm_ReturnsSpanAndValue(string text, string expectedText, string expectedValue)
    {
        DateMention mention = Single(text);

        Assert.Equal(expectedText, mention.Text);
        Assert.Equal(expectedValue, mention.Value);
    }

    [Fact]
    public void Find_DoubledMonthWithoutYear_IsOneMentionWithoutValue()
    {
        DateMention mention = Single("في مايو/أيار قال");

        Assert.Equal("مايو/أيار", mention.Text);
        Assert.Null(mention.Value);
    }

    [Fact]
    public void Find_PastMonthLaterThanAnchor_TakesPreviousYear()
    {
        DateMention mention = Single("في يونيو/ حزيران الماضي قال", new DateOnly(2025, 3, 1));

        Assert.Equal("يونيو/ حزيران الماضي", mention.Text);
        Assert.Equal("2024-06", mention.Value);
    }

    [Fact]
    public void Find_PastMonthWithoutAnchor_HasNullValue()
    {
        Assert.Null(Single("في يونيو/ حزيران الماضي قال").Value);
    }

    [Fact]
    public void Find_MonthWithoutYear_TakesAnchorYear()
    {
        Assert.Equal("2025-02-03", Single("في 3 فبراير قال", new DateOnly(2025, 3, 1)).Value);
    }

    [Theory]
    [InlineData("في مطلع عام 2014", "مطلع عام 2014", DateModifier.Start)]
    [InlineData("في بداية 2020", "بداية 2020", DateModifier.Start)]
    [InlineData("في منتصف مارس 2021", "منتصف مارس 2021", DateModifier.Mid)]
    [InlineData("في أواخر يناير 2022", "أواخر يناير 2022", DateModifier.End)]
    [InlineData("في نهاية العام 2023", "نهاية العام 2023", DateModifier.End)]
    [InlineData("بحلول 2030 ستصل", "بحلول 2030", DateModifier.Before)]
    [InlineData("قبل عام 2010 كان", "قبل عام 2010", DateModifier.Before)]
    [InlineData("بعد يوليو 2019 تغير", "بعد يوليو 2019", DateModifier.After)]
    public void Find_ModifierBeforeDate_IsInSpanAndTagged(string text, string expectedText, DateModifier expected)
    {
        DateMention mention = Single(text);

        Assert.Equal(expectedText, mention.Text);
        Assert.Equal(expected, mention.Modifier);
    }

    [Theory]
    [InlineData("نشر 2500 جندي على الحدود")]
    [InlineData("أرسل 2000 جندي")]
    [InlineData("قبل 2000 عام")]
    [InlineData("مارس الرئيس ضغوطا")]
    [InlineData("عام 2500 في الخيال")]
    public void Find_NumberOrWordWithoutDateCue_ReturnsNothing(string text)
    {
        Assert.Empty(ExplicitDateFinder.Find(text));
    }

    [Fact]
    public void Find_SeveralDates_ReturnsAllInOrder()
    {
        IReadOnlyList<DateMention> mentions = ExplicitDateFinder.Find("بين عام 2014 و 13 يناير 2024 نشر 2500 جندي");

        Assert.Equal(["2014", "2024-01-13"], mentions.Select(m => m.Value));
    }

    [Fact]
    public void Find_LongText_FindsEveryDate()
    {
        string text = string.Concat(Enumerable.Repeat("نشر 2500 جندي في 13 يناير 2024 ثم مارس الرئيس ضغوطا ", 5_000));

        IReadOnlyList<DateMention> mentions = ExplicitDateFinder.Find(text);

        Assert.Equal(5_000, mentions.Count);
    }
}
