using System.Collections.Frozen;
using Marsad.Text.Normalization;

namespace Marsad.Extraction.Digests;

/// <summary>
/// Arabic function words and the reporting verbs every news story uses, in search-normalised form.
/// They carry no topic, and left in they would make every two articles look alike; inverse
/// document frequency weighs them down anyway, but dropping them keeps vectors short and candidate
/// features meaningful. A general list of the language, not of any corpus.
/// </summary>
public static class StopWords
{
    private static readonly string[] Raw =
    [
        "في", "من", "إلى", "الى", "على", "عن", "مع", "عند", "لدى", "حتى", "منذ", "بين", "خلال", "ضد", "نحو", "حول", "دون", "عبر", "لدي",
        "أن", "إن", "أنّ", "إنّ", "كان", "كانت", "يكون", "تكون", "كانوا", "ليس", "ليست", "لم", "لن", "لا", "ما", "ماذا", "لماذا", "كيف", "متى", "أين", "هل",
        "و", "أو", "أم", "ثم", "بل", "لكن", "لكنّ", "غير", "سوى", "إلا", "قد", "لقد", "سوف", "كل", "بعض", "أي", "أيّ", "جميع", "كما", "مثل", "أيضا", "أيضاً",
        "هذا", "هذه", "ذلك", "تلك", "هؤلاء", "أولئك", "هنا", "هناك", "الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي",
        "هو", "هي", "هم", "هن", "هما", "نحن", "أنا", "أنت", "أنتم", "له", "لها", "لهم", "به", "بها", "بهم", "فيه", "فيها", "فيهم", "منه", "منها", "منهم", "عليه", "عليها", "عليهم", "إليه", "إليها", "عنه", "عنها",
        "بعد", "قبل", "أمام", "وراء", "فوق", "تحت", "أمس", "اليوم", "غدا", "الآن", "حيث", "حين", "عندما", "بينما", "إذا", "إذ", "لو", "لولا", "كي", "لكي", "حسب", "وفق", "وفقا", "بحسب",
        "قال", "قالت", "يقول", "تقول", "أضاف", "أضافت", "وأضاف", "وأضافت", "أكد", "أكدت", "أوضح", "أوضحت", "أشار", "أشارت", "ذكر", "ذكرت", "أعلن", "أعلنت", "تابع", "وتابع",
        "عام", "العام", "يوم", "الماضي", "المقبل", "الجاري", "أكثر", "أقل", "نحو", "وقت", "مساء", "صباح", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت",
    ];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set = Build().GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a search-normalised word (or its light stem) is a stop word.</summary>
    public static bool Contains(ReadOnlySpan<char> normalized) => Set.Contains(normalized);

    private static FrozenSet<string> Build()
    {
        var normalizer = ArabicNormalizer.Search;
        return Raw.Select(w => normalizer.NormalizeTerm(w)).ToFrozenSet(StringComparer.Ordinal);
    }
}
