using System.Collections.Frozen;
using Marsad.Text.Normalization;

namespace Marsad.Extraction.Quotes;

/// <summary>
/// The words that introduce reported speech, folded through the default normaliser when the type
/// loads, with the inflected forms news copy uses: perfect and imperfect, masculine, feminine and
/// plural third person (قال قالت قالوا يقول تقول يقولون). Only third-person forms: a journalist
/// reports others. A cue alone proves nothing — "أعلن حالة الطوارئ" reports no words — so
/// <see cref="QuoteScan"/> only accepts one followed by إن/أن, a colon or a quotation.
/// </summary>
internal static class CueLexicon
{
    /// <summary>Reporting verbs as (perfect, imperfect) third person masculine singular.</summary>
    private static readonly (string Perfect, string Imperfect)[] Verbs =
    [
        ("قال", "يقول"), ("أكد", "يؤكد"), ("أعلن", "يعلن"), ("نفى", "ينفي"), ("أوضح", "يوضح"),
        ("أضاف", "يضيف"), ("شدد", "يشدد"), ("لفت", "يلفت"), ("أشار", "يشير"), ("رأى", "يرى"),
        ("أردف", "يردف"), ("تابع", "يتابع"), ("كتب", "يكتب"), ("اعتبر", "يعتبر"), ("ذكر", "يذكر"),
        ("صرح", "يصرح"), ("بين", "يبين"), ("أفاد", "يفيد"), ("أبلغ", "يبلغ"), ("حذر", "يحذر"),
        ("توقع", "يتوقع"), ("زعم", "يزعم"), ("ادعى", "يدعي"), ("اتهم", "يتهم"), ("كشف", "يكشف"),
        ("أقر", "يقر"), ("اعترف", "يعترف"), ("رجح", "يرجح"), ("لاحظ", "يلاحظ"), ("نوه", "ينوه"),
        ("نبه", "ينبه"), ("استطرد", "يستطرد"), ("استدرك", "يستدرك"), ("ختم", "يختم"), ("اعتقد", "يعتقد"),
        ("أخبر", "يخبر"), ("أفصح", "يفصح"), ("جدد", "يجدد"), ("أعرب", "يعرب"),
    ];

    /// <summary>
    /// Verbs whose subject-less imperfect is, in news copy, mostly the passive or impersonal
    /// formula ("ويذكر أن", "ويعتقد أن", "ويتوقع أن") and not "and he says".
    /// </summary>
    private static readonly string[] ImpersonalImperfects = ["يذكر", "يعتقد", "يتوقع", "يرجح", "يعتبر", "يلاحظ", "يرى"];

    /// <summary>نقل: "نقلت رويترز عن مسؤول قوله إن" — the agency relays, the official speaks.</summary>
    private static readonly (string Perfect, string Imperfect) Relay = ("نقل", "ينقل");

    /// <summary>Circumstantial participles, masculine; the feminine ends in ة instead of the tanween alef.</summary>
    private static readonly string[] Participles =
    [
        "قائلا", "مضيفا", "مؤكدا", "مشيرا", "موضحا", "لافتا", "معتبرا", "منوها", "محذرا", "مشددا",
        "مبينا", "متابعا", "مردفا", "مستدركا", "مرجحا", "متوقعا", "كاشفا", "نافيا", "زاعما", "مستطردا",
        "معربا", "مبرزا",
    ];

    /// <summary>Attribution words: "بحسب X"، "وفقا لـ X"، "نقلا عن X".</summary>
    private static readonly string[] Attributions = ["بحسب", "حسب", "وفق", "وفقا", "طبقا", "نقلا"];

    private static readonly FrozenDictionary<string, CueWord> Words = Build();

    /// <summary>
    /// Looks up a normalised word, first as written, then without a leading و or ف, the clitics a
    /// reporting word so often carries (the tokenizer's cautious splitter may leave them on).
    /// Returns the length of the clitic removed (0 or 1), or -1 when the word is no cue.
    /// </summary>
    public static int TryGet(string normalized, out CueWord? cue)
    {
        if (Words.TryGetValue(normalized, out cue))
        {
            return 0;
        }

        if (normalized.Length > 3 && normalized[0] is '\u0648' or '\u0641'
            && Words.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(normalized.AsSpan(1), out cue))
        {
            return 1;
        }

        cue = null;
        return -1;
    }

    private static FrozenDictionary<string, CueWord> Build()
    {
        var words = new Dictionary<string, CueWord>(StringComparer.Ordinal);
        var impersonal = new HashSet<string>(ImpersonalImperfects.Select(Fold), StringComparer.Ordinal);
        foreach ((string perfect, string imperfect) in Verbs)
        {
            AddVerb(words, Fold(perfect), Fold(imperfect), impersonal, relay: false);
        }

        AddVerb(words, Fold(Relay.Perfect), Fold(Relay.Imperfect), impersonal, relay: true);
        foreach (string participle in Participles)
        {
            string masculine = Fold(participle);
            words.TryAdd(masculine, new CueWord(CueKind.Participle, Gender.Masculine, false, false, false));
            words.TryAdd(masculine[..^1] + "ة", new CueWord(CueKind.Participle, Gender.Feminine, false, false, false));
        }

        foreach (string attribution in Attributions)
        {
            words.TryAdd(Fold(attribution), new CueWord(CueKind.Attribution, Gender.Unknown, false, false, false));
        }

        return words.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Adds the third-person forms; a final ي (from ى) is dropped before ت/وا/ون (نفى نفت نفوا ينفون).</summary>
    private static void AddVerb(Dictionary<string, CueWord> words, string perfect, string imperfect, HashSet<string> impersonal, bool relay)
    {
        string perfectStem = perfect.EndsWith('\u064A') ? perfect[..^1] : perfect;
        string imperfectStem = imperfect.EndsWith('\u064A') ? imperfect[..^1] : imperfect;
        bool isImpersonal = impersonal.Contains(imperfect);
        words.TryAdd(perfect, new CueWord(CueKind.Verb, Gender.Masculine, false, false, relay));
        words.TryAdd(perfectStem + "ت", new CueWord(CueKind.Verb, Gender.Feminine, false, false, relay));
        words.TryAdd(perfectStem + "وا", new CueWord(CueKind.Verb, Gender.Plural, false, false, relay));
        words.TryAdd(imperfect, new CueWord(CueKind.Verb, Gender.Masculine, true, isImpersonal, relay));
        words.TryAdd("ت" + imperfect[1..], new CueWord(CueKind.Verb, Gender.Feminine, true, isImpersonal, relay));
        words.TryAdd(imperfectStem + "ون", new CueWord(CueKind.Verb, Gender.Plural, true, false, relay));
    }

    private static string Fold(string word) => ArabicNormalizer.Default.NormalizeTerm(word);
}
