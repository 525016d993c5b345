using Marsad.Text.Lexicons;

namespace Marsad.Extraction.Digests;

/// <summary>
/// Past-tense verbs that report that something took place without naming it (وقع انفجار، أسفر
/// الهجوم عن، أصيب). With them, or with a past-tense trigger, a sentence that gives no date is
/// taken to report an event of the article's own news, dated by its publication.
/// </summary>
internal static class PastMarkers
{
    private static readonly string[] Words =
    [
        "وقع", "وقعت", "حدث", "حدثت", "جرى", "جرت", "أسفر", "أسفرت", "شهد", "شهدت", "نفذ", "نفذت", "أدى", "أدت",
        "أصيب", "أصيبت", "أصيبوا", "أعلن", "أعلنت", "تبنى", "تبنت",
    ];

    public static WordTable<bool> Lexicon { get; } = new(Words.Select(w => KeyValuePair.Create(w, true)));
}
