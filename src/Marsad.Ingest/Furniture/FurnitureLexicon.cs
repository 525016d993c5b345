using System.Collections.Frozen;
using Marsad.Ingest.Text;

namespace Marsad.Ingest.Furniture;

/// <summary>
/// The page furniture every Arabic news site shares, written down once: it holds on sites the
/// corpora never saw, where the learned <see cref="FurnitureModel"/> cannot help. All entries are
/// stored as <see cref="LineKey"/> keys, so spelling variants ("اقرأ أيضاً", "إقرأ ايضا") match.
/// </summary>
internal static class FurnitureLexicon
{
    /// <summary>Headings of link lists and teaser boxes: the heading and the teasers under it go.</summary>
    public static readonly FrozenSet<string> BlockMarkers = Keys(
        "اقرأ أيضا", "اقرأ كذلك", "اقرأ المزيد", "اقرأ", "للمزيد", "للمزيد اقرأ", "المزيد من الأخبار",
        "مقالات ذات صلة", "مواضيع ذات صلة", "أخبار ذات صلة", "مواد ذات صلة", "روابط ذات صلة", "ذات صلة",
        "مقالات مشابهة", "أخبار مشابهة", "مواضيع مشابهة", "أخبار متعلقة", "مقالات أخرى للكاتب", "مقالات أخرى",
        "قد يهمك أيضا", "قد يهمك", "قد يعجبك أيضا", "قد يعجبك", "شاهد أيضا", "شاهد", "اخترنا لك", "ننصحك بقراءة",
        "الأكثر قراءة", "الأكثر مشاهدة", "الأكثر تداولا", "الأكثر شعبية", "آخر الأخبار", "أحدث الأخبار",
        "المصادر", "مصادر", "المراجع", "الوسوم", "وسوم", "الكلمات المفتاحية", "كلمات مفتاحية", "كلمات دلالية",
        "related", "related articles", "related posts", "read more", "read also", "see also", "more stories",
        "tags", "sources", "references", "you may also like", "recommended");

    /// <summary>Lines that are furniture on their own: buttons, share bars, comment prompts.</summary>
    public static readonly FrozenSet<string> LineMarkers = Keys(
        "زر الذهاب إلى الأعلى", "الذهاب إلى الأعلى", "العودة إلى الأعلى", "إلى الأعلى",
        "اظهر المزيد", "إظهار المزيد", "عرض المزيد", "تحميل المزيد", "المزيد", "عرض الكل",
        "شارك", "شارك المقال", "شارك الخبر", "شارك هذا المقال", "شارك هذا الخبر", "مشاركة", "مشاركة الخبر",
        "تابعنا", "تابعونا", "طباعة", "طباعة الخبر", "أرسل لصديق", "إرسال لصديق", "نسخ الرابط", "الرابط المختصر",
        "التعليقات", "تعليقات", "أضف تعليق", "أضف تعليقا", "اترك تعليقا", "اكتب تعليقك", "لا توجد تعليقات",
        "الرئيسية", "الأرشيف", "إعلان", "مساحة إعلانية", "محتوى إعلاني",
        "back to top", "share", "share this", "print", "comments", "leave a comment", "advertisement",
        "next", "previous", "next previous", "see all", "show more", "load more");

    /// <summary>
    /// Starts of lines that are notices, not news: rights, subscriptions, app and channel promotion.
    /// A bare imperative such as "تابعوا" is not among them: news leads start with it too
    /// ("تابعوا مباشرة تغطية خاصة للانتخابات …").
    /// </summary>
    public static readonly string[] LinePrefixes = [.. Keys(
        "جميع الحقوق محفوظة", "كل الحقوق محفوظة", "حقوق النشر محفوظة", "الحقوق محفوظة", "copyright", "all rights reserved",
        "تابعونا على", "تابعنا على", "تابعوا على", "تابعونا عبر", "تابعنا عبر", "تابعوا عبر", "شارك على", "شارك عبر", "رابط مختصر", "رابط المقال", "رابط الخبر", "رابط دائم",
        "اشترك في", "اشترك الآن", "للاشتراك", "حمل تطبيق", "تحميل تطبيق", "انضم إلى قناتنا", "انضموا إلى",
        "latest posts by", "posted in", "filed under")];

    /// <summary>Words a share bar is made of: a line of nothing else is furniture.</summary>
    public static readonly FrozenSet<string> SocialWords = Keys(
        "facebook", "twitter", "whatsapp", "telegram", "linkedin", "instagram", "youtube", "pinterest", "reddit",
        "tumblr", "email", "e", "mail", "print", "messenger", "x", "google", "copy", "link", "share", "tweet",
        "vk", "snapchat", "tiktok", "pocket", "viber", "threads",
        "فيسبوك", "فيس", "بوك", "تويتر", "واتساب", "واتس", "اب", "تلغرام", "تليجرام", "تيليجرام", "لينكدإن", "لينكد",
        "ان", "انستغرام", "انستجرام", "يوتيوب", "البريد", "الإلكتروني", "طباعة", "شارك", "مشاركة", "عبر", "على",
        "نسخ", "الرابط", "سناب", "شات", "تيك", "توك", "فايبر", "ماسنجر", "إكس");

    private static FrozenSet<string> Keys(params string[] phrases) =>
        phrases.Select(p => LineKey.Of(p)).ToFrozenSet(StringComparer.Ordinal);
}
