using Marsad.Text.Words;

namespace Marsad.Stories.Positions;

/// <summary>
/// The words that show a speaker's stance, search-folded (ا for hamza carriers, ه for ة, ي for ى).
/// Reporting verbs come as the quote finder gives them (<c>cue</c>); markers are looked for in
/// the reported words themselves.
/// </summary>
internal static partial class StanceLexicon
{
    /// <summary>Verbs that report doubt or mockery: the speaker does not take the claim at face value.</summary>
    public static readonly HashSet<string> ScepticalCues = new(StringComparer.Ordinal)
    {
        "شكك", "تساءل", "استبعد", "سخر", "استخف", "قلل",
        "شككت", "يشكك", "تشكك", "تساءلت", "استبعدت", "يستبعد", "تستبعد", "سخرت", "استخفت", "قللت",
    };

    /// <summary>Words that call a claim hollow: propaganda, allegations, a show, a smokescreen.</summary>
    public static readonly HashSet<string> ScepticalMarkers = new(StringComparer.Ordinal)
    {
        "دعايه", "دعائي", "دعائيه", "مزاعم", "ادعاءات", "تضليل", "تضليلي", "مناوره", "استعراض", "استعراضي", "مسرحيه",
        "شكوك", "تشكيك", "وهمي", "وهميه", "شكلي", "شكليه", "خداع", "مجرد", "اكاذيب", "اكذوبه", "كاذب", "كاذبه", "مزعوم", "مزعومه",
        "مشكوك", "مستحيل", "مستحيله", "خدعه", "ذريعه", "ذرايع", "تمثيليه", "مناورات", "مراوغه", "مماطله", "تسويف", "تلاعب",
        "فبركه", "مفبرك", "مفبركه", "نشكك", "يشكك", "تشكك", "نستبعد", "يستبعد", "تستبعد", "يزعم", "تزعم", "زعم", "زعمت", "يزعمون",
    };

    /// <summary>Verbs that deny or reject: the speaker says the thing is not so, or must not be.</summary>
    public static readonly HashSet<string> AgainstCues = new(StringComparer.Ordinal)
    {
        "نفي", "نفت", "رفض", "رفضت", "ندد", "نددت", "استنكر", "استنكرت", "عارض", "عارضت", "كذب", "دحض",
        "حذر", "حذرت", "انتقد", "انتقدت", "ادان", "ادانت", "شجب", "شجبت",
    };

    /// <summary>Negations that, next to the question's words, deny it (لا انسحاب، لن تنسحب، عدم الانسحاب، انتفاء الحاجة).</summary>
    public static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "لا", "لن", "لم", "ليس", "ليست", "غير", "عدم", "دون", "بدون", "رفض", "نفي", "انتفاء", "انعدام",
    };

    /// <summary>
    /// Words that, right after a negation, make it no negation: "لا بد من" and "لا شك" assert, "لا
    /// سيما" stresses, "لا يزال" and "ما زال" say something goes on.
    /// </summary>
    public static readonly HashSet<string> NotNegated = new(StringComparer.Ordinal)
    {
        "بد", "شك", "سيما", "يزال", "تزال", "زال", "زالت", "نزال", "ازال",
    };

    /// <summary>Verbs of welcome and demand: the speaker wants it to happen.</summary>
    public static readonly HashSet<string> ForCues = new(StringComparer.Ordinal)
    {
        "رحب", "رحبت", "ايد", "ايدت", "دعا", "دعت", "طالب", "طالبت", "ثمن", "ثمنت", "بارك", "باركت", "اشاد", "اشادت",
    };

    /// <summary>Words of support, necessity and triumph inside the reported words.</summary>
    public static readonly HashSet<string> ForMarkers = new(StringComparer.Ordinal)
    {
        "ترحيب", "تاييد", "ضروره", "انتصار", "نصر", "نجاح", "مطلب", "حان",
        "ضروري", "دعم", "ندعم", "يدعم", "تدعم", "ادعم", "نويد", "يويد", "تويد", "نرحب", "يرحب", "ترحب", "نحيي", "يحيي",
        "شكر", "نشكر", "اشكر", "يشكر", "شجاع", "شجاعه", "صواب", "صايب", "ايجابي", "ايجابيه", "هامه", "سعداء", "سعيد", "سعاده", "فخر",
        "انجاز", "تاريخي", "تاريخيه", "يتطلع", "نتطلع", "اتطلع", "تتطلع", "ثمره", "ثمار", "نطالب", "مكسب", "مكاسب",
    };

    /// <summary>
    /// For the head of a question (its stem, as <see cref="TopicWords.Stem"/> gives it), the
    /// starts of folded words that name the opposite action: staying is the opposite of withdrawing,
    /// so "لا مبرر لبقائها" takes withdrawal's side and "ضرورة بقاء القوات" the other. Word starts,
    /// not stems, because the light stemmer cuts these nouns unevenly once a pronoun is attached;
    /// after search folding بقائها is "بقايها" and بقاؤه "بقاوه", so the starts spell the pronoun's
    /// first letter out and "بقايا" (remains) does not match. Words as general as وجود (presence,
    /// but also "the existence of talks") or تعزيز are left out, and so are starts that begin a name
    /// or another word: فتح (Fatah), زياد (Ziad; زيادة is spelt out), مقاطع (clips, provinces).
    /// A need for forces (حاجة) is the opposite of withdrawing them: "لا تزال بحاجة إلى" keeps them,
    /// "انتفاء الحاجة" and "دون الحاجة إلى أي مقاتل أجنبي" send them home.
    /// </summary>
    public static readonly Dictionary<string, string[]> Opposites = new(StringComparer.Ordinal)
    {
        ["سحب"] = [.. Staying, "تمديد", "حاجه", "حاجت"],
        ["خروج"] = Staying,
        ["غلق"] = ["افتتاح"],
        ["فرض"] = ["رفع", "الغاء"],
        ["رفع"] = ["فرض", "تمديد"],
        ["خفض"] = ["زياده", "زيادت"],
        ["قلص"] = ["زياده", "زيادت"],
        ["زياد"] = ["خفض", "تقليص"],
        ["فرج"] = ["اعتقال", "احتجاز"],
        ["ضمم"] = ["انسحاب", "خروج"],
        ["عود"] = ["رحيل", "مغادر"],
        ["عقد"] = ["الغاء", "الغي", "يلغي", "تاجيل"],
        ["هجوم"] = ["وقف", "تعليق"],
    };

    /// <summary>Staying and keeping (بقاء، إبقاء) with or without an attached pronoun, search-folded.</summary>
    private static string[] Staying => ["بقاء", "بقايه", "بقاوه", "بقاين", "بقايك", "ابقاء", "ابقايه", "ابقاوه"];
}
