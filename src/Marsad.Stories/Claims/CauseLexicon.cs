using Marsad.Text.Words;


namespace Marsad.Stories.Claims;

/// <summary>
/// What sources say made an explosion or an attack happen, as kinds a reader compares: a car
/// bomb, a roadside device, a suicide bomber, an arms depot going up, a drone, a rocket, an air
/// strike, a gas leak, an electrical fault. Each kind has its readable label and the phrases that
/// name it; phrases are matched on search-folded text, so "سيارة مفخخة" also finds "بسيارة مفخخة".
/// </summary>
internal static class CauseLexicon
{
    /// <summary>Words that make a sentence about an explosion or attack, the only place a cause is read.</summary>
    public static IReadOnlyList<string> EventWords { get; } = Fold(["انفجار", "تفجير", "انفجر", "انفجرت", "هجوم", "هاجم", "استهدف", "استهداف"]);

    /// <summary>Words that reject the cause that follows (نفى أن يكون الانفجار ناجما عن سيارة مفخخة).</summary>
    public static IReadOnlyList<string> Denials { get; } = Fold(["نفى", "نفت", "استبعد", "استبعدت", "ليس", "لم يكن", "لا صحة"]);

    /// <summary>
    /// Words that, right before a cause, make it the means of the blast and not its target: the
    /// blast of (انفجار/تفجير سيارة مفخخة), an attack with (هجوم انتحاري), caused by (جراء، بسبب،
    /// إثر), and "resulting from" before عن (ناجم عن). Without one, "استهدفت مستودعات" would be read
    /// as a depot going up.
    /// </summary>
    public static IReadOnlySet<string> CauseCues { get; } = new HashSet<string>(Fold(["انفجار", "تفجير", "هجوم", "عملية", "جراء", "بسبب", "إثر", "باستخدام", "بواسطة"]), StringComparer.Ordinal);

    /// <summary>Words before عن that make what follows a cause (نجم عن، ناجم عن، ناتج عن).</summary>
    public static IReadOnlySet<string> ResultWords { get; } = new HashSet<string>(Fold(["نجم", "ناجم", "ناجما", "ناتج", "ناتجا", "نتج"]), StringComparer.Ordinal);

    public static IReadOnlyList<(string Label, IReadOnlyList<string> Phrases)> Kinds { get; } =
    [
        ("سيارة مفخخة", Fold(["سيارة مفخخة", "سيارة ملغومة", "سيارتين مفخختين", "سيارات مفخخة", "عربة مفخخة", "شاحنة مفخخة"])),
        ("عبوة ناسفة", Fold(["عبوة ناسفة", "عبوات ناسفة", "عبوة لاصقة", "لغم أرضي"])),
        ("هجوم انتحاري", Fold(["انتحاري", "انتحارية", "حزام ناسف", "أحزمة ناسفة"])),
        ("انفجار مستودع ذخيرة", Fold(["مستودع ذخيرة", "مستودع للذخيرة", "مستودع أسلحة", "مستودع للأسلحة", "مخزن ذخيرة", "مخزن للذخيرة", "مخزن أسلحة", "مخزن للأسلحة", "مخزن للعتاد"])),
        ("طائرة مسيرة", Fold(["طائرة مسيرة", "طائرات مسيرة", "طائرة مسيّرة", "طائرة بدون طيار", "طائرة دون طيار", "درون"])),
        ("صاروخ أو قذيفة", Fold(["صاروخ", "صواريخ", "قذيفة", "قذائف"])),
        ("غارة جوية", Fold(["غارة جوية", "غارات جوية", "قصف جوي"])),
        ("تسرب غاز", Fold(["تسرب غاز", "تسرب للغاز", "أسطوانة غاز", "انفجار غاز"])),
        ("تماس كهربائي", Fold(["تماس كهربائي", "ماس كهربائي"])),
    ];

    private static string[] Fold(string[] phrases) => [.. phrases.Select(TopicWords.Fold)];
}
