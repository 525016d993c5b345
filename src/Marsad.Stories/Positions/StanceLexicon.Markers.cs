namespace Marsad.Stories.Positions;

/// <summary>The markers that need more than one word, or that speak against, and the action words of a head.</summary>
internal static partial class StanceLexicon
{
    /// <summary>
    /// Phrases that call a claim hollow though no one word does: "شبه مستحيل"، "لن ينطلي علينا"،
    /// "الكلام لا يكلف شيئا"، "حبر على ورق". Folded words, ال and ب/ل off, as the quote's words come.
    /// </summary>
    public static readonly string[][] ScepticalPhrases =
    [
        ["شبه", "مستحيل"], ["لن", "ينطلي"], ["لا", "ينطلي"], ["لا", "يكلف"], ["مجرد", "كلام"], ["حبر", "علي", "ورق"], ["حبر", "على", "ورق"],
        ["ذر", "رماد"], ["استهلاك", "اعلامي"], ["تعبير", "اعلامي"], ["غير", "جدي"], ["غير", "جاد"], ["غير", "جاده"], ["غير", "جديه"], ["لن", "يحدث"],
        ["لن", "تنطلي"], ["لا", "تنطلي"], ["لا", "نثق"], ["لا", "نصدق"], ["لا", "يصدق"], ["ما", "يسمي"], ["وعود", "فارغه"], ["كلام", "فارغ"],
        ["ليس", "جاد"], ["ليست", "جاده"],
    ];

    /// <summary>Phrases of rejection that no one word carries: "غير مقبول"، "غير قانوني"، "لن يخدم".</summary>
    public static readonly string[][] AgainstPhrases =
    [
        ["غير", "مقبول"], ["غير", "مقبوله"], ["غير", "قانوني"], ["غير", "قانونيه"], ["غير", "شرعي"], ["غير", "شرعيه"], ["غير", "مسوول"],
        ["لا", "يخدم"], ["لن", "يخدم"],
    ];

    /// <summary>
    /// Words of harm and blame: the speaker calls the thing a mistake, a breach, a danger or a
    /// loss (خطأ فادح، خرق للقرارات، مقامرة أمنية، سيزيد الأعباء), or sets himself against it (ضد، محاربة).
    /// </summary>
    public static readonly HashSet<string> AgainstMarkers = new(StringComparer.Ordinal)
    {
        "خطا", "خطيئه", "فادح", "فادحه", "خطير", "خطيره", "كارثي", "كارثيه", "كارثه", "مولم", "مولمه", "خرق", "انتهاك",
        "عقابي", "عقابيه", "تدمير", "مقامره", "قلق", "قلقه", "تصعيد", "استفزاز", "استفزازي", "مرفوض", "مرفوضه", "باطل", "باطله",
        "جريمه", "عدوان", "عدواني", "كراهيه", "امتعاض", "تفجير", "تصفيه", "اعباء", "تضرر", "ضرر", "اضرار", "انتقامي", "انتقاميه",
        "عرقله", "خساير", "معاناه", "ضد", "محاربه", "نحارب", "تحذير", "نحذر", "ادانه", "تنديد", "مدمر", "سلبي", "سلبيه",
        "تقويض", "يقوض", "استنكار", "نشجب", "شجب", "تجنب", "نتجنب", "فراغ", "مخاطر", "خطر", "مخاوف",
    };

    /// <summary>Denials in the speaker's own words ("نحن ننفي هذه الادعاءات"، "نرفض"): against, whatever else the words call the claim.</summary>
    public static readonly HashSet<string> DenyingWords = new(StringComparer.Ordinal)
    {
        "ننفي", "ينفي", "تنفي", "نرفض", "يرفض", "ترفض", "ارفض", "نعارض", "يعارض", "تعارض", "نستنكر", "يستنكر", "ندين", "يدين", "تدين",
    };

    /// <summary>
    /// Words that, just before the question's head, make it a topic or a supposition rather than a
    /// claim: "في ما يتعلق بالانسحاب"، "الحديث عن انسحاب"، "قضية الانسحاب"، "إذا انسحبت القوات"، "في
    /// حال الانسحاب" name it without saying it happens. Not "عن" alone: "أعلن عن انسحاب" is a claim.
    /// </summary>
    public static readonly HashSet<string> TopicFrames = new(StringComparer.Ordinal)
    {
        "حول", "شان", "يتعلق", "تتعلق", "خصوص", "مساله", "قضيه", "ملف", "موضوع", "حديث", "تحدث", "يتحدث", "تتحدث", "كلام",
        "اذا", "لو", "حال", "حاله",
    };

    /// <summary>
    /// For a head (its stem), other ways news words the same action: roots whose verbs say it
    /// ("سنخرج من سوريا" for withdrawing) and two-word phrases ("إنهاء مهمة التحالف"). Kept to what
    /// means the action itself: "نهاية" alone is as often the end of a year.
    /// </summary>
    public static readonly Dictionary<string, (string[] Roots, string[][] Phrases)> SameAction = new(StringComparer.Ordinal)
    {
        ["سحب"] = (["خرج", "رحل"], [["خروج"], ["اخراج"], ["رحيل"], ["انهاء", "مهمه"], ["نهايه", "مهمه"], ["انتهاء", "مهمه"], ["انهاء", "وجود"], ["انهاء", "تواجد"]]),
        ["خروج"] = (["سحب"], [["انسحاب"]]),
    };
}
