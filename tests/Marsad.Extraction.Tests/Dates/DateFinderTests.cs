using Marsad.Core.Analysis;
using Marsad.Extraction.Dates;

namespace Marsad.Extraction.Tests.Dates;

public sealed class DateFinderTests
{
    // A Wednesday.
    private static readonly DateOnly Published = new(2024, 1, 10);

    private static DateMention Single(string text, DateOnly? published)
    {
        IReadOnlyList<DateMention> mentions = DateFinder.Find(text, published);
        DateMention mention = Assert.Single(mentions);
        Assert.Equal(mention.Text, text.Substring(mention.Start, mention.End - mention.Start));
        return mention;
    }

    [Theory]
    [InlineData("وصل في 5 جانفي 2023 إلى", "5 جانفي 2023", "2023-01-05")]
    [InlineData("في 5 كانون الثاني 2023 وصل", "5 كانون الثاني 2023", "2023-01-05")]
    [InlineData("في 9 فيفري 2021", "9 فيفري 2021", "2021-02-09")]
    [InlineData("في 9 شباط 2021", "9 شباط 2021", "2021-02-09")]
    [InlineData("في 9 آذار 2021", "9 آذار 2021", "2021-03-09")]
    [InlineData("في 2 أفريل 2022", "2 أفريل 2022", "2022-04-02")]
    [InlineData("في 2 نيسان 2022", "2 نيسان 2022", "2022-04-02")]
    [InlineData("في 2 ماي 2022", "2 ماي 2022", "2022-05-02")]
    [InlineData("في 2 جوان 2022", "2 جوان 2022", "2022-06-02")]
    [InlineData("في 2 جويلية 2022", "2 جويلية 2022", "2022-07-02")]
    [InlineData("في 2 يوليوز 2022", "2 يوليوز 2022", "2022-07-02")]
    [InlineData("في 2 أوت 2022", "2 أوت 2022", "2022-08-02")]
    [InlineData("في 2 غشت 2022", "2 غشت 2022", "2022-08-02")]
    [InlineData("في 2 شتنبر 2022", "2 شتنبر 2022", "2022-09-02")]
    [InlineData("في 2 تشرين الأول 2022", "2 تشرين الأول 2022", "2022-10-02")]
    [InlineData("في 2 نونبر 2022", "2 نونبر 2022", "2022-11-02")]
    [InlineData("في 2 دجنبر 2022", "2 دجنبر 2022", "2022-12-02")]
    [InlineData("في 2 كانون الأول 2022", "2 كانون الأول 2022", "2022-12-02")]
    public void Find_RegionalMonthName_ReadsTheDate(string text, string expectedText, string expectedValue)
    {
        DateMention mention = Single(text, null);

        Assert.Equal(expectedText, mention.Text);
        Assert.Equal(expectedValue, mention.Value);
    }

    [Theory]
    [InlineData("وصل في 28 يناير/ كانون الثاني 2024 إلى", "28 يناير/ كانون الثاني 2024", "2024-01-28")]
    [InlineData("في مايو أيار 2025 عقدت", "مايو أيار 2025", "2025-05")]
    [InlineData("في مايو/أيار 2025 عقدت", "مايو/أيار 2025", "2025-05")]
    [InlineData("في أغسطس (آب) 2024 عقدت", "أغسطس (آب) 2024", "2024-08")]
    [InlineData("في نيسان - إبريل 2015 عقدت", "نيسان - إبريل 2015", "2015-04")]
    public void Find_DoubledMonthName_IsOneMention(string text, string expectedText, string expectedValue)
    {
        DateMention mention = Single(text, null);

        Assert.Equal(expectedText, mention.Text);
        Assert.Equal(expectedValue, mention.Value);
    }

    [Theory]
    [InlineData("في 15 رمضان 1445 هـ وقع", "15 رمضان 1445 هـ", "2024-03-25")]
    [InlineData("في 15 رمضان 1445هـ وقع", "15 رمضان 1445هـ", "2024-03-25")]
    [InlineData("في عام 1445هـ وقع", "عام 1445هـ", "2023")]
    [InlineData("في سنة 1445 هجرية وقع", "سنة 1445 هجرية", "2023")]
    [InlineData("في الخامس من مايو 2024 وقع", "الخامس من مايو 2024", "2024-05-05")]
    [InlineData("يوم 1/10/1436هـ عيد", "1/10/1436هـ", "2015-07-17")]
    [InlineData("يوم 1 / 10 / 1436 عيد", "1 / 10 / 1436", "2015-07-17")]
    [InlineData("في الحادي والعشرين من مارس 2023 وقع", "الحادي والعشرين من مارس 2023", "2023-03-21")]
    [InlineData("في الثالث عشر من شهر يناير 2024 وقع", "الثالث عشر من شهر يناير 2024", "2024-01-13")]
    public void Find_HijriOrOrdinalDate_ReadsTheDate(string text, string expectedText, string expectedValue)
    {
        DateMention mention = Single(text, null);

        Assert.Equal(expectedText, mention.Text);
        Assert.Equal(expectedValue, mention.Value);
    }

    [Theory]
    [InlineData("خلال عام 2014 اندلعت", "عام 2014", "2014")]
    [InlineData("خلال العام 2014 اندلعت", "العام 2014", "2014")]
    [InlineData("الفيلم (2025) جديد", "2025", "2025")]
    [InlineData("بغزو العراق 2003م والآن", "2003م", "2003")]
    [InlineData("صدر في اليمن عام 1994 م لحماية", "عام 1994 م", "1994")]
    [InlineData("بدأت للعام 2014 خطة", "لعام 2014", "2014")]
    public void Find_Year_ReadsTheYear(string text, string expectedText, string expectedValue)
    {
        DateMention mention = Single(text, null);

        Assert.Equal(expectedText, mention.Text);
        Assert.Equal(expectedValue, mention.Value);
    }

    [Theory]
    [InlineData("طوال عامي 2002 و2003 لتصل", "2002", "2003")]
    [InlineData("بين العامين 1910 و 1912 لتصوير", "1910", "1912")]
    public void Find_ListOfYears_ReadsEveryYear(string text, string first, string second)
    {
        IReadOnlyList<DateMention> mentions = DateFinder.Find(text, null);

        Assert.Equal([first, second], mentions.Select(m => m.Value));
        Assert.Equal(second, mentions[1].Text);
    }

    [Theory]
    [InlineData("قال اليوم إن", "اليوم", "2024-01-10")]
    [InlineData("قال أمس إن", "أمس", "2024-01-09")]
    [InlineData("قال الأمس إن", "الأمس", "2024-01-09")]
    [InlineData("قال بالأمس إن", "الأمس", "2024-01-09")]
    [InlineData("قال أول أمس إن", "أول أمس", "2024-01-08")]
    [InlineData("قال أمس الأول إن", "أمس الأول", "2024-01-08")]
    [InlineData("يصل غدا إلى", "غدا", "2024-01-11")]
    [InlineData("يصل غداً إلى", "غداً", "2024-01-11")]
    [InlineData("يصل في الغد إلى", "الغد", "2024-01-11")]
    [InlineData("يصل بعد غد إلى", "بعد غد", "2024-01-12")]
    [InlineData("قال أمس الثلاثاء إن", "أمس الثلاثاء", "2024-01-09")]
    [InlineData("يلعب مساء غد السبت", "غد السبت", "2024-01-11")]
    [InlineData("وفق ما قاله مصدر مطلع الأحد.", "الأحد", "2024-01-07")]
    [InlineData("يغادر اليوم إلى الكويت", "اليوم", "2024-01-10")]
    public void Find_DayWord_CountsFromPublicationDate(string text, string expectedText, string expectedValue)
    {
        DateMention mention = Single(text, Published);

        Assert.Equal(expectedText, mention.Text);
        Assert.Equal(expectedValue, mention.Value);
    }

    [Theory]
    [InlineData("وقع الشهر الماضي", "الشهر الماضي", "2023-12")]
    [InlineData("يقع الشهر المقبل", "الشهر المقبل", "2024-02")]
    [InlineData("يقع الشهر الجاري", "الشهر الجاري", "2024-01")]
    [InlineData("يقع هذا الشهر", "هذا الشهر", "2024-01")]
    [InlineData("وقع العام الماضي", "العام الماضي", "2023")]
    [InlineData("يقع العام المقبل", "العام المقبل", "2025")]
    [InlineData("يقع العام التالي", "العام التالي", "2025")]
    [InlineData("يقع العام الجاري", "العام الجاري", "2024")]
    [InlineData("يقع العام الحالي", "العام الحالي", "2024")]
    [InlineData("يقع هذا العام", "هذا العام", "2024")]
    [InlineData("وقع في السنة الماضية", "السنة الماضية", "2023")]
    [InlineData("زاد والعام الماضي", "العام الماضي", "2023")]
    public void Find_NamedPeriod_CountsFromPublicationDate(string text, string expectedText, string expectedValue)
    {
        DateMention mention = Single(text, Published);

        Assert.Equal(expectedText, mention.Text);
        Assert.Equal(expectedValue, mention.Value);
    }

    [Fact]
    public void Find_NamedWeek_IsReturnedWithoutValue()
    {
        DateMention mention = Single("وقع الأسبوع الماضي في", Published);

        Assert.Equal("الأسبوع الماضي", mention.Text);
        Assert.Null(mention.Value);
    }

    [Theory]
    [InlineData("وقع منذ ثلاثة أيام", "منذ ثلاثة أيام", "2024-01-07", null)]
    [InlineData("وقع قبل يومين", "قبل يومين", "2024-01-08", null)]
    [InlineData("وقع منذ 5 أيام", "منذ 5 أيام", "2024-01-05", null)]
    [InlineData("وقع قبل أسبوع", "قبل أسبوع", "2024-01-03", null)]
    [InlineData("وقع قبل شهرين", "قبل شهرين", "2023-11", null)]
    [InlineData("وقع قبل عامين", "قبل عامين", "2022", null)]
    [InlineData("وقع قبل خمسة وعشرين عاما", "قبل خمسة وعشرين عاما", "1999", null)]
    [InlineData("وقع قبل أحد عشر عاما", "قبل أحد عشر عاما", "2013", null)]
    [InlineData("سوف يقع بعد 40 عاما", "بعد 40 عاما", "2064", null)]
    [InlineData("وقع قبل حوالي عشر سنوات", "قبل حوالي عشر سنوات", "2014", DateModifier.Approx)]
    [InlineData("وقع منذ أكثر من عام", "منذ أكثر من عام", "2023", DateModifier.Before)]
    public void Find_CountedTime_MovesThePublicationDate(string text, string expectedText, string expectedValue, DateModifier? modifier)
    {
        DateMention mention = Single(text, Published);

        Assert.Equal(expectedText, mention.Text);
        Assert.Equal(expectedValue, mention.Value);
        Assert.Equal(modifier, mention.Modifier);
    }

    [Theory]
    [InlineData("انطلق الأربعاء في", "الأربعاء", "2024-01-10")]
    [InlineData("انطلق الخميس في", "الخميس", "2024-01-04")]
    [InlineData("انطلق يوم الأحد في", "يوم الأحد", "2024-01-07")]
    [InlineData("انطلق الخميس الماضي في", "الخميس الماضي", "2024-01-04")]
    [InlineData("انطلق الأربعاء الماضي في", "الأربعاء الماضي", "2024-01-03")]
    [InlineData("ينطلق الأربعاء المقبل في", "الأربعاء المقبل", "2024-01-17")]
    [InlineData("ينطلق الخميس القادم في", "الخميس القادم", "2024-01-11")]
    [InlineData("سوف يعقد الاجتماع يوم الأحد في", "يوم الأحد", "2024-01-14")]
    [InlineData("وصل صباح الاثنين إلى", "الاثنين", "2024-01-08")]
    public void Find_DayName_ResolvesAgainstPublicationDate(string text, string expectedText, string expectedValue)
    {
        DateMention mention = Single(text, Published);

        Assert.Equal(expectedText, mention.Text);
        Assert.Equal(expectedValue, mention.Value);
    }

    [Fact]
    public void Find_DayNameBeforeItsDate_IsOneMentionWithThatDate()
    {
        DateMention mention = Single("عقد الخميس 13 يناير 2022 اجتماع", Published);

        Assert.Equal("الخميس 13 يناير 2022", mention.Text);
        Assert.Equal("2022-01-13", mention.Value);
    }

    [Theory]
    [InlineData("في مطلع العام المقبل", "مطلع العام المقبل", "2025", DateModifier.Start)]
    [InlineData("في منتصف الشهر المقبل", "منتصف الشهر المقبل", "2024-02", DateModifier.Mid)]
    [InlineData("في أواخر العام الماضي", "أواخر العام الماضي", "2023", DateModifier.End)]
    [InlineData("في نهاية العام التالي", "نهاية العام التالي", "2025", DateModifier.End)]
    [InlineData("بحلول 2030 ستصل", "بحلول 2030", "2030", DateModifier.Before)]
    [InlineData("وبحلول العام 1915 كانت", "بحلول العام 1915", "1915", DateModifier.Before)]
    [InlineData("قبل عام 2010 كان", "قبل عام 2010", "2010", DateModifier.Before)]
    [InlineData("بعد يوليو 2019 تغير", "بعد يوليو 2019", "2019-07", DateModifier.After)]
    [InlineData("بني حوالي عام 1900 في", "حوالي عام 1900", "1900", DateModifier.Approx)]
    [InlineData("بني نحو العام 1900 في", "نحو العام 1900", "1900", DateModifier.Approx)]
    [InlineData("يكتمل بحلول نهاية العام", "نهاية العام", "2024", DateModifier.End)]
    [InlineData("يكتمل في منتصف الشهر", "منتصف الشهر", "2024-01", DateModifier.Mid)]
    public void Find_ModifierBeforeDate_IsInSpanAndTagged(string text, string expectedText, string expectedValue, DateModifier expected)
    {
        DateMention mention = Single(text, Published);

        Assert.Equal(expectedText, mention.Text);
        Assert.Equal(expectedValue, mention.Value);
        Assert.Equal(expected, mention.Modifier);
    }

    [Theory]
    [InlineData("وفي يناير 2024 وصل", "يناير 2024", "2024-01")]
    [InlineData("وصل بيناير 2024 الوفد", "يناير 2024", "2024-01")]
    [InlineData("ويناير 2024 شهر", "يناير 2024", "2024-01")]
    [InlineData("وفي 5 يناير 2024 وصل", "5 يناير 2024", "2024-01-05")]
    [InlineData("وبعد يناير 2024 تغير", "بعد يناير 2024", "2024-01")]
    [InlineData("الخطة للعام المقبل", "لعام المقبل", "2025")]
    public void Find_CliticAttachedDate_KeepsTheCliticOutsideTheSpan(string text, string expectedText, string expectedValue)
    {
        DateMention mention = Single(text, Published);

        Assert.Equal(expectedText, mention.Text);
        Assert.Equal(expectedValue, mention.Value);
    }

    [Theory]
    [InlineData("في 27 يناير قال", "2024-06-15", "2024-01-27")]
    [InlineData("في 5 يناير قال", "2024-12-20", "2025-01-05")]
    [InlineData("في 27 ديسمبر قال", "2024-01-03", "2023-12-27")]
    [InlineData("في 27 يناير الماضي قال", "2024-01-10", "2023-01-27")]
    [InlineData("في يونيو المقبل", "2024-08-01", "2025-06")]
    [InlineData("في 11 أبريل الجاري", "2024-04-20", "2024-04-11")]
    [InlineData("في 31 مارس من العام الماضي", "2024-06-01", "2023-03-31")]
    [InlineData("سوف يعقد المؤتمر في 5 مارس", "2024-03-10", "2025-03-05")]
    [InlineData("عقد المؤتمر في 5 مارس", "2024-03-10", "2024-03-05")]
    public void Find_MonthWithoutYear_TakesYearNearPublicationDate(string text, string published, string expected)
    {
        IReadOnlyList<DateMention> mentions = DateFinder.Find(text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, Assert.Single(mentions).Value);
    }

    [Theory]
    [InlineData("يقام من 12 إلى 15 يناير 2024 في", "12", "2024-01-12", "15 يناير 2024", "2024-01-15")]
    [InlineData("يقام يومي 10 و11 أبريل الجاري في", "10", "2024-04-10", "11 أبريل الجاري", "2024-04-11")]
    [InlineData("يقام بين 3 - 5 مارس 2022 في", "3", "2022-03-03", "5 مارس 2022", "2022-03-05")]
    public void Find_DayRangeInOneMonth_GivesTheFirstDayItsOwnMention(
        string text, string firstText, string firstValue, string secondText, string secondValue)
    {
        IReadOnlyList<DateMention> mentions = DateFinder.Find(text, new DateOnly(2024, 4, 20));

        Assert.Equal([firstText, secondText], mentions.Select(m => m.Text));
        Assert.Equal([firstValue, secondValue], mentions.Select(m => m.Value));
    }

    [Theory]
    [InlineData("صام في رمضان 2024 الناس", "رمضان 2024", "2024-03")]
    [InlineData("صام في رمضان الماضي الناس", "رمضان الماضي", "2024-03")]
    [InlineData("يصوم في رمضان المقبل الناس", "رمضان المقبل", "2025-03")]
    [InlineData("وقع في 10 ذي الحجة الناس", "10 ذي الحجة", "2024-06-16")]
    public void Find_HijriMonthWithoutHijriYear_ConvertsThroughUmmAlQura(string text, string expectedText, string expectedValue)
    {
        DateMention mention = Single(text, new DateOnly(2024, 6, 15));

        Assert.Equal(expectedText, mention.Text);
        Assert.Equal(expectedValue, mention.Value);
    }

    [Theory]
    [InlineData("قال رجب إن")]
    [InlineData("النتيجة صفر")]
    [InlineData("في رمضان يصوم الناس")]
    public void Find_HijriMonthNameAlone_IsNoDate(string text)
    {
        Assert.Empty(DateFinder.Find(text, Published));
    }

    [Fact]
    public void Find_MonthWithoutYear_TakesYearNamedNearbyInTheSentence()
    {
        IReadOnlyList<DateMention> mentions = DateFinder.Find("في عام 2014 وتحديدا في 27 يناير وقع الهجوم", new DateOnly(2024, 6, 1));

        Assert.Equal(["2014", "2014-01-27"], mentions.Select(m => m.Value));
    }

    [Theory]
    [InlineData("قال أمس إن")]
    [InlineData("ينطلق الخميس القادم في")]
    [InlineData("وقع العام الماضي")]
    [InlineData("وقع منذ ثلاثة أيام")]
    [InlineData("في 27 يناير قال")]
    public void Find_NoAnchorAnywhere_ReturnsMentionWithNullValue(string text)
    {
        DateMention mention = Single(text, null);

        Assert.Null(mention.Value);
    }

    [Fact]
    public void Find_NoPublicationDate_AnchorsOnTheLatestExplicitDate()
    {
        // The article was written on or after everything it dates: an earlier date it recalls is no "today".
        string text = "في 13 يناير 2024 قال الوزير. وأمس أعلن. وفي 20 فبراير 2024 عاد. اليوم يسافر.";

        IReadOnlyList<DateMention> mentions = DateFinder.Find(text, null);

        Assert.Equal(["2024-01-13", "2024-02-19", "2024-02-20", "2024-02-20"], mentions.Select(m => m.Value));
    }

    [Fact]
    public void Find_NoPublicationDate_APlannedDateIsNoAnchor()
    {
        IReadOnlyList<DateMention> mentions = DateFinder.Find("قال أمس إن اجتماع 13 يناير 2024 مهم، ومن المقرر أن ينتهي الانسحاب في 30 سبتمبر 2025.", null);

        Assert.Equal(["2024-01-12", "2024-01-13", "2025-09-30"], mentions.Select(m => m.Value));
    }

    [Fact]
    public void Find_NoPublicationDate_AnAnchorOnAnotherWeekdayThanTodayIsRefused()
    {
        // 3 January 2020 was a Friday: an article saying "اليوم الأربعاء" was not written that day.
        IReadOnlyList<DateMention> mentions = DateFinder.Find("وقال اليوم الأربعاء إن الاغتيال في 3 يناير 2020 غير المعادلة. وأضاف أن الشهر الماضي كان هادئا.", null);

        Assert.Equal([null, "2020-01-03", null], mentions.Select(m => m.Value));
        Assert.Contains("2020-01-03", mentions[0].Note, StringComparison.Ordinal);
        Assert.Contains("اليوم الأربعاء", mentions[0].Note, StringComparison.Ordinal);
        Assert.Equal(mentions[0].Note, mentions[2].Note);
        Assert.Null(mentions[1].Note);
    }

    [Fact]
    public void Find_NoPublicationDate_AnAnchorOnTheWeekdayNamedIsKept()
    {
        // 1 January 2020 was a Wednesday.
        IReadOnlyList<DateMention> mentions = DateFinder.Find("وقال اليوم الأربعاء 1 يناير 2020 إن الوضع هادئ، وكان قد التقى أمس الثلاثاء الوزير.", null);

        Assert.Equal(["2020-01-01", "2019-12-31"], mentions.Select(m => m.Value));
        Assert.All(mentions, m => Assert.Null(m.Note));
    }

    [Fact]
    public void Find_NoPublicationDateAndNoDateBefore_AnchorsOnFirstExplicitDate()
    {
        IReadOnlyList<DateMention> mentions = DateFinder.Find("قال أمس إن اجتماع 13 يناير 2024 مهم", null);

        Assert.Equal(["2024-01-12", "2024-01-13"], mentions.Select(m => m.Value));
    }

    [Fact]
    public void Find_PublicationDateGiven_WinsOverExplicitDatesInText()
    {
        IReadOnlyList<DateMention> mentions = DateFinder.Find("في 13 يناير 2020 قال أمس", Published);

        Assert.Equal(["2020-01-13", "2024-01-09"], mentions.Select(m => m.Value));
    }

    [Fact]
    public void Find_RelativeValues_DependOnlyOnThePublicationDate()
    {
        // No clock is read: the same text gives values that move with the given date and nothing else,
        // and no date at all gives no value.
        Assert.Equal("2024-01-09", Single("قال أمس", new DateOnly(2024, 1, 10)).Value);
        Assert.Equal("2031-03-01", Single("قال أمس", new DateOnly(2031, 3, 2)).Value);
        Assert.Equal("1999-12-31", Single("قال أمس", new DateOnly(2000, 1, 1)).Value);
        Assert.Null(Single("قال أمس", null).Value);
        Assert.Equal(DateFinder.Find("قال أمس واليوم", Published), DateFinder.Find("قال أمس واليوم", Published));
    }

    [Theory]
    [InlineData("احتفل باليوم الوطني")]
    [InlineData("في ذلك اليوم لم تكن")]
    [InlineData("الفرق بين الاثنين كبير")]
    [InlineData("حضر الأمسية جمهور")]
    [InlineData("قال إن العام كان صعبا")]
    [InlineData("وقع منذ أيام")]
    [InlineData("قبل 2000 عام")]
    [InlineData("بعد عامين من الحادث")]
    [InlineData("استمر ليوم واحد")]
    [InlineData("نشر نحو 2000 جندي")]
    [InlineData("اليوم التالي للحادث")]
    [InlineData("وصل في اليوم نفسه")]
    [InlineData("وفي نفس اليوم من عام")]
    [InlineData("خرج بعد 11 عاما في السجن")]
    [InlineData("نحلم في غد أفضل")]
    [InlineData("قال الأمين العام للأمم المتحدة")]
    public void Find_WordThatIsNoDate_ReturnsNothing(string text)
    {
        Assert.Empty(DateFinder.Find(text, Published));
    }

    [Fact]
    public void Find_DiacritisedAndTatweelText_SpanIsTheOriginalCharacters()
    {
        string text = "وصلَ أمـــسِ الوفدُ في 13 ينـاير 2024م";

        IReadOnlyList<DateMention> mentions = DateFinder.Find(text, Published);

        Assert.Equal(["أمـــسِ", "13 ينـاير 2024م"], mentions.Select(m => m.Text));
        Assert.All(mentions, m => Assert.Equal(m.Text, text.Substring(m.Start, m.End - m.Start)));
        Assert.Equal(["2024-01-09", "2024-01-13"], mentions.Select(m => m.Value));
    }

    [Fact]
    public void Find_ManyForms_ReturnsOrderedNonOverlappingMentions()
    {
        string text = "أمس الخميس، وقبل يومين، وفي 13 يناير 2024 والعام الماضي ومطلع 2020 والأسبوع المقبل وغدا";

        IReadOnlyList<DateMention> mentions = DateFinder.Find(text, Published);

        Assert.Equal(7, mentions.Count);
        Assert.All(mentions.Zip(mentions.Skip(1)), p => Assert.True(p.First.End <= p.Second.Start));
    }
}
