using Marsad.Text.Lexicons;

namespace Marsad.Extraction.Quantities;

/// <summary>
/// Words that show a number is not a count: nouns that a number names or orders (القرار 2231،
/// فيلق 5، الساعة 10، عام 2014، المادة 3), ordinals before a teen (الحادي عشر), time-of-day words
/// after it (10 صباحا), and the particles, pronouns and page furniture that cannot be a counted noun.
/// </summary>
internal static class NonQuantityWords
{
    /// <summary>A number right after one of these is a name, a label, an hour or a year.</summary>
    public static FoldedLexicon<bool> Labels { get; } = FoldedSet.Of(
    [
        "عام", "العام", "سنة", "السنة", "الساعة", "ساعة", "القرار", "قرار", "رقم", "الرقم", "المادة", "مادة", "البند",
        "بند", "الفقرة", "فقرة", "الفصل", "القرن", "المرتبة", "المركز", "الدرجة", "الصفحة", "صفحة", "ص", "الحلقة", "الجزء",
        "النسخة", "الدورة", "الموسم", "الطبعة", "الطريق", "طريق", "شارع", "الشارع", "فيلق", "الفيلق", "لواء", "اللواء",
        "الفرقة", "فرقة", "الكتيبة", "كتيبة", "السرية", "طراز", "الطراز", "اف", "إف", "ميغ", "سو", "كوفيد", "مجموعة",
        "المجموعة", "الكيلو", "الكيلومتر", "القانون", "قانون", "المرسوم", "مرسوم", "العدد", "الغرفة", "المبنى", "البوابة",
        "بي", "جي", "تي", "دي", "اس", "إس", "إم", "إكس", "واي", "زد", "إتش", "كيو", "الرتبة", "رتبة", "الأول", "الاول", "الثاني", "الأولى", "الثانية", "الآخر", "الآخرة", "الجولة", "الأسبوع", "الحزمة", "المنفذ", "الصف", "الآية", "الرحلة", "الدائرة", "المقعد", "المحطة", "القطاع",
        "الساعه", "تمام", "ليلة", "منتصف", "أواخر", "أوائل", "مطلع", "بداية", "نهاية", "ربيع", "صيف", "خريف", "شتاء",
    ]);

    /// <summary>Ordinals that make the following عشر part of an ordinal (الحادي عشر), not a count.</summary>
    public static FoldedLexicon<bool> Ordinals { get; } = FoldedSet.Of(
    [
        "حادي", "الحادي", "ثاني", "الثاني", "ثالث", "الثالث", "رابع", "الرابع", "خامس", "الخامس", "سادس", "السادس",
        "سابع", "السابع", "ثامن", "الثامن", "تاسع", "التاسع", "الحادية", "الثانية", "الثالثة", "الرابعة", "الخامسة",
        "السادسة", "السابعة", "الثامنة", "التاسعة",
    ]);

    /// <summary>Words that cannot be the counted noun after a number.</summary>
    public static FoldedLexicon<bool> NotUnits { get; } = FoldedSet.Of(
    [
        "من", "في", "على", "إلى", "الى", "عن", "مع", "و", "أو", "او", "ثم", "حتى", "بعد", "قبل", "خلال", "منذ", "عند",
        "لدى", "أن", "إن", "ان", "انه", "أنه", "أنها", "كان", "كانت", "قد", "لقد", "لا", "لم", "لن", "ما", "هذا", "هذه",
        "ذلك", "تلك", "هو", "هي", "هم", "التي", "الذي", "الذين", "كما", "إذا", "أي", "كل", "بعض", "غير", "بين", "نحو",
        "حوالي", "أم", "بل", "لكن", "حيث", "وفق", "وفقا", "ضد", "عبر", "دون", "تحت", "فوق", "أمام", "خلف", "حول", "أكثر",
        "أقل", "فقط", "أيضا", "إلا", "مقابل", "إزاء", "تقريبا", "مقارنة", "بالمقارنة", "لكل", "لها", "له", "لهم", "منها",
        "منهم", "فيها", "عليها", "الف", "صباحا", "صباح", "مساء", "مساءا", "مساء", "ظهرا", "فجرا", "ليلا", "عصرا", "بتوقيت",
        "توقيت", "غرينتش", "ص", "م", "هـ", "ه", "ق", "تعليق", "تعليقات", "مشاهدة", "مشاهدات", "إعجاب", "قراءة", "للقراءة",
        "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "قال", "وقال", "أعلن", "أكد", "ممن", "مما", "عما", "فيما", "بينما", "لما", "أرباع", "أخماس", "أثلاث", "أعشار",
        "أخرى", "آخر", "عالميا", "عربيا", "محليا", "دوليا", "إقليميا", "سنويا", "يوميا", "شهريا", "أسبوعيا",
        "حاليا", "إضافيا", "تقريبا", "عدد", "إجمالي", "مجموع", "حصيلة", "منهن", "منهما", "إضافي", "إضافية",
    ]);

    /// <summary>
    /// Whether a word outside the unit lexicon looks like a verb or a possessed noun rather than a
    /// counted noun: a counted noun after a number is indefinite, so it never carries a pronoun
    /// suffix (ـها، ـهم، ـهن), and nouns ending in ـوا or starting with the imperfective ي are rare
    /// while verbs of those shapes (نزحوا، يعيشون) follow numbers often.
    /// </summary>
    public static bool LooksLikeVerbOrPossessed(ReadOnlySpan<char> word) =>
        word.Length >= 4
        && (word.EndsWith("ها", StringComparison.Ordinal) || word.EndsWith("هم", StringComparison.Ordinal)
            || word.EndsWith("هن", StringComparison.Ordinal) || word.EndsWith("وا", StringComparison.Ordinal)
            || word[0] == 'ي');

    /// <summary>Words that, right after a number, show it is a time of day or a year of an era (1348 هجري).</summary>
    public static FoldedLexicon<bool> TimeMarkers { get; } = FoldedSet.Of(
    [
        "صباحا", "صباح", "مساء", "مساءا", "ظهرا", "فجرا", "ليلا", "عصرا", "بتوقيت", "ونصف", "وربع", "إلا", "ص", "م", "هـ",
        "هجري", "هجرية", "ميلادي", "ميلادية", "للهجرة", "للميلاد", "ق.م",
    ]);

    /// <summary>The first words of month names (كانون الثاني، تشرين الأول، ربيع الأول …) and whole one-word months.</summary>
    public static FoldedLexicon<bool> Months { get; } = FoldedSet.Of(
        Dates.MonthNames.Gregorian.Keys.Concat(Dates.MonthNames.Hijri.Keys).Select(k => k.Split(' ')[0]));
}
