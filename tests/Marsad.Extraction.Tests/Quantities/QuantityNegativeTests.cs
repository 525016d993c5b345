using Marsad.Extraction.Quantities;

namespace Marsad.Extraction.Tests.Quantities;

public sealed class QuantityNegativeTests
{
    [Theory]
    [InlineData("أنشئ التحالف عام 2014 لمحاربة داعش")]
    [InlineData("أنشئ التحالف في العام 2014 لمحاربة داعش")]
    [InlineData("في 2014 قتل المئات")]
    [InlineData("وصل في 25 يناير إلى بغداد")]
    [InlineData("وصل في 25 كانون الثاني إلى بغداد")]
    [InlineData("وصل في يناير 2024 إلى بغداد")]
    [InlineData("وصل في 15 رمضان إلى بغداد")]
    [InlineData("صدر في 2024/01/15 بيان")]
    [InlineData("صدر في 15/01/2024 بيان")]
    [InlineData("وصل الساعة 10 صباحا")]
    [InlineData("وصل عند 10 صباحا")]
    [InlineData("وصل عند 10:30 مساء")]
    [InlineData("احتل المركز الثاني في البطولة")]
    [InlineData("في الحادي عشر من سبتمبر")]
    [InlineData("بموجب القرار 2231 الصادر عن مجلس الأمن")]
    [InlineData("أعلن فيلق 5 مسؤوليته")]
    [InlineData("استهدفت أمر لواء 12 في الحشد الشعبي")]
    [InlineData("طائرات من طراز إف-16 الأميركية")]
    [InlineData("طائرات F 16 أميركية")]
    [InlineData("للاتصال: 0770 123 4567 مكتب")]
    [InlineData("للاتصال 07701234567 مكتب")]
    [InlineData("للاتصال +964 770 مكتب")]
    [InlineData("بلغ عدد السكان 3 ملايين.")]
    [InlineData("وحصل على 25 من أصل 40")]
    [InlineData("وقال الثلاثة إنهم")]
    [InlineData("في القرن العشرين")]
    [InlineData("التقى أحد المسؤولين")]
    [InlineData("التقى جندي واحد فقط")]
    [InlineData("نشر جنديين اثنين")]
    [InlineData("استقبل خمس السكان")]
    [InlineData("وفي 2020 أعلنت الحكومة")]
    [InlineData("0 تعليق")]
    [InlineData("قمة مجموعة 20 في الهند")]
    [InlineData("كشفت عن نسختها دي بي 9 جي تي الجديدة")]
    [InlineData("يبدأ سريان القرار في الـ23 من الشهر الحالي")]
    [InlineData("استقبلت مالطا مئات أنقذتهم منظمة")]
    [InlineData("من بينهم 250 ألف نزحوا من الرمادي")]
    [InlineData("ومقتل عشرات ممن كانوا على متنها")]
    [InlineData("من ( 1348هجري ) ( 1930 ) .")]
    [InlineData("احتلت الرتبة 82 عالميا")]
    [InlineData("في أكتوبر / تشرين الأول 2014 مشروعا لإعادة التأهيل")]
    [InlineData("عثر عليه ميتا تماما")]
    [InlineData("كضبط اكواد ميتا تاك")]
    public void Find_NotACount_FindsNothing(string text) =>
        Assert.Empty(QuantityFinder.Find(text));

    [Fact]
    public void Find_YearWithKnownUnit_IsACount()
    {
        QuantityMention mention = QuantityFinderTests.Single("نشر 2000 جندي");

        Assert.Equal(2000, mention.Value);
    }

    [Fact]
    public void Find_EmptyText_FindsNothing() => Assert.Empty(QuantityFinder.Find(string.Empty));
}
