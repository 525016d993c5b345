using Marsad.Text.Tokenization;
using Marsad.Text.Lexicons;

namespace Marsad.Extraction.Digests;

/// <summary>
/// Words that put the event after them in the future: the future particle, intention and schedule
/// words, and "next". They count only a few words before the trigger (<see cref="Window"/>), so
/// "قتل 12 … وقالت الشرطة إنها ستحقق" stays a past attack. The future prefix سـ is read from the
/// tokenizer (<see cref="WordForms.HasFuturePrefix(in Token)"/>), and a date after publication marks a plan too.
/// </summary>
internal static class FutureMarkers
{
    /// <summary>How many tokens before the trigger a marker may stand (من المقرر أن يعقد المجلس اجتماعا).</summary>
    public const int Window = 6;

    /// <summary>
    /// How close a verb with سـ must be: it governs the event noun right after it (ستجري الانتخابات،
    /// سيعقد المجلس اجتماعا), while further off it is usually another clause (ستحقق في الهجوم).
    /// </summary>
    public const int PrefixWindow = 2;

    private static readonly string[] Words =
    [
        "سوف", "المقرر", "مقرر", "يعتزم", "تعتزم", "يعتزمون", "يخطط", "تخطط", "ينوي", "تنوي", "المرتقب", "المرتقبة",
        "المقبل", "المقبلة", "القادم", "القادمة", "بحلول", "يتوقع", "المتوقع", "متوقع", "مهلة", "ستجرى", "سيجري",
    ];

    public static WordTable<bool> Lexicon { get; } = new(Words.Select(w => KeyValuePair.Create(w, true)));
}
