using System.Collections.Frozen;
using Marsad.Text.Normalization;
using Marsad.Text.Lexicons;

namespace Marsad.Extraction.Quotes;

/// <summary>
/// The words that introduce reported speech, folded through the default normaliser when the type
/// loads, with the inflected forms news copy uses: perfect and imperfect, masculine, feminine and
/// plural third person (قال قالت قالوا يقول تقول يقولون). Only third-person forms: a journalist
/// reports others. A cue alone proves nothing — "أضاف الكثير من التفاصيل" reports no words — so
/// <see cref="QuoteScan"/> only accepts one followed by إن/أن, a colon or a quotation, or, for the
/// verbs that state through their object, that object after a named subject ("أعلنت الحكومة حالة
/// الطوارئ") or a preposition ("أعلن الجيش عن مقتل قائد").
/// </summary>
internal static class CueLexicon
{
    private const string ResourceName = "Marsad.Extraction.CueWords.tsv";

    /// <summary>Reporting verbs as (perfect, imperfect) third person masculine singular.</summary>
    private static readonly (string Perfect, string Imperfect)[] Verbs =
    [
        ("قال", "يقول"), ("أكد", "يؤكد"), ("أعلن", "يعلن"), ("نفى", "ينفي"), ("أوضح", "يوضح"),
        ("أضاف", "يضيف"), ("شدد", "يشدد"), ("لفت", "يلفت"), ("أشار", "يشير"), ("رأى", "يرى"),
        ("أردف", "يردف"), ("تابع", "يتابع"), ("كتب", "يكتب"), ("اعتبر", "يعتبر"), ("ذكر", "يذكر"),
        ("صرح", "يصرح"), ("أفاد", "يفيد"), ("أبلغ", "يبلغ"), ("حذر", "يحذر"),
        ("توقع", "يتوقع"), ("زعم", "يزعم"), ("ادعى", "يدعي"), ("اتهم", "يتهم"), ("كشف", "يكشف"),
        ("أقر", "يقر"), ("اعترف", "يعترف"), ("رجح", "يرجح"), ("لاحظ", "يلاحظ"), ("نوه", "ينوه"),
        ("نبه", "ينبه"), ("استطرد", "يستطرد"), ("استدرك", "يستدرك"), ("ختم", "يختم"), ("اعتقد", "يعتقد"),
        ("أخبر", "يخبر"), ("أفصح", "يفصح"), ("جدد", "يجدد"), ("أعرب", "يعرب"), ("علق", "يعلق"),
        ("رد", "يرد"), ("أجاب", "يجيب"), ("تساءل", "يتساءل"), ("غرد", "يغرد"),
        ("أورد", "يورد"), ("زاد", "يزيد"), ("دعا", "يدعو"),
    ];

    /// <summary>
    /// Masdars that introduce words the way a participle does: "ردت بالقول إن", "وختم بالقول".
    /// بيّن is left out on purpose: unvowelled it is the preposition بين.
    /// </summary>
    private static readonly string[] Masdars = LexiconResource.Section(typeof(CueLexicon), ResourceName, "masdars");

    /// <summary>
    /// Verbs whose subject-less imperfect is, in news copy, mostly the passive or impersonal
    /// formula ("ويذكر أن", "ويعتقد أن", "ويتوقع أن") and not "and he says".
    /// </summary>
    private static readonly string[] ImpersonalImperfects = LexiconResource.Section(typeof(CueLexicon), ResourceName, "impersonal-imperfects");

    /// <summary>نقل: "نقلت رويترز عن مسؤول قوله إن" — the agency relays, the official speaks.</summary>
    private static readonly (string Perfect, string Imperfect) Relay = ("نقل", "ينقل");

    /// <summary>Circumstantial participles, masculine; the feminine ends in ة instead of the tanween alef.</summary>
    private static readonly string[] Participles = LexiconResource.Section(typeof(CueLexicon), ResourceName, "participles");

    /// <summary>Attribution words: "بحسب X"، "وفقا لـ X"، "نقلا عن X".</summary>
    private static readonly string[] Attributions = LexiconResource.Section(typeof(CueLexicon), ResourceName, "attributions");

    /// <summary>Verbs and participles of saying proper, which may open a quotation directly (see <see cref="CueWord.Bare"/>).</summary>
    private static readonly string[] BareSaying = LexiconResource.Section(typeof(CueLexicon), ResourceName, "bare-saying");

    /// <summary>
    /// Verbs and participles that report a statement through a prepositional object as well as
    /// through أن: "أعلن الجيش عن مقتل قائد"، "كشف عن الأسباب"، "شدد على ضرورة الحوار"، "أعرب عن قلقه"،
    /// "دعا المتظاهرين إلى الحفاظ على السلمية"، "مشيرا إلى الرغبة بعقد دورة". Others with a preposition
    /// (تطرق إلى الوضع) name a topic rather than state something.
    /// </summary>
    private static readonly (string Word, string Preposition)[] Objects =
    [
        ("أعلن", "عن"), ("كشف", "عن"), ("أعرب", "عن"), ("أكد", "على"), ("شدد", "على"), ("دعا", "إلى"), ("أشار", "إلى"),
        ("مشيرا", "إلى"), ("مؤكدا", "على"), ("مشددا", "على"), ("كاشفا", "عن"), ("معربا", "عن"),
    ];

    /// <summary>Verbs whose direct object is itself what is stated: "أعلنت أرامكو تعيين خمسة أعضاء"، "نفى ترامب وجود خطط"، "أكد الوزير ضرورة الحوار".</summary>
    private static readonly string[] NounObjects = ["أعلن", "أكد", "نفى", "كشف"];

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

    /// <summary>Builds form → cue; every form is also tied to its lemma so that <see cref="BareSaying"/> can mark them all.</summary>
    private static FrozenDictionary<string, CueWord> Build()
    {
        var forms = new List<(string Form, string Lemma, CueWord Cue)>();
        var impersonal = new HashSet<string>(ImpersonalImperfects.Select(Fold), StringComparer.Ordinal);
        foreach ((string perfect, string imperfect) in Verbs)
        {
            AddVerb(forms, Fold(perfect), Fold(imperfect), impersonal, relay: false, maksura: perfect.EndsWith('\u0649'), yeh: imperfect.EndsWith('\u064A'));
        }

        AddVerb(forms, Fold(Relay.Perfect), Fold(Relay.Imperfect), impersonal, relay: true, maksura: false, yeh: false);
        foreach (string participle in Participles)
        {
            string masculine = Fold(participle);
            forms.Add((masculine, masculine, new CueWord(CueKind.Participle, Gender.Masculine, false, false, false)));
            forms.Add((masculine[..^1] + "\u0629", masculine, new CueWord(CueKind.Participle, Gender.Feminine, false, false, false)));
        }

        foreach (string masdar in Masdars)
        {
            forms.Add((Fold(masdar), Fold(masdar), new CueWord(CueKind.Participle, Gender.Unknown, false, false, false)));
        }

        foreach (string attribution in Attributions)
        {
            forms.Add((Fold(attribution), Fold(attribution), new CueWord(CueKind.Attribution, Gender.Unknown, false, false, false)));
        }

        var bare = new HashSet<string>(BareSaying.Select(Fold), StringComparer.Ordinal);
        var objects = Objects.ToDictionary(o => Fold(o.Word), o => Fold(o.Preposition), StringComparer.Ordinal);
        var nounObjects = new HashSet<string>(NounObjects.Select(Fold), StringComparer.Ordinal);
        var words = new Dictionary<string, CueWord>(StringComparer.Ordinal);
        foreach ((string form, string lemma, CueWord cue) in forms)
        {
            CueWord word = bare.Contains(lemma) ? cue with { Bare = true } : cue;
            word = cue.Kind == CueKind.Verb && nounObjects.Contains(lemma) ? word with { NounObject = true } : word;
            words.TryAdd(form, cue.Kind != CueKind.Attribution && objects.TryGetValue(lemma, out string? preposition) ? word with { Object = preposition } : word);
        }

        return words.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>
    /// Adds the third-person forms; a final ي (from ى) is dropped before ت/وا/ون (نفى نفت نفوا ينفون).
    /// <paramref name="yeh"/>: the imperfect is written with a final ي (يدعي, not يرى).
    /// </summary>
    private static void AddVerb(List<(string, string, CueWord)> forms, string perfect, string imperfect, HashSet<string> impersonal, bool relay, bool maksura, bool yeh)
    {
        string perfectStem = perfect.EndsWith('\u064A') ? perfect[..^1] : perfect;
        string imperfectStem = imperfect.EndsWith('\u064A') ? imperfect[..^1] : imperfect;
        bool isImpersonal = impersonal.Contains(imperfect);
        forms.Add((perfect, perfect, new CueWord(CueKind.Verb, Gender.Masculine, false, false, relay, maksura)));
        forms.Add((perfectStem + "\u062A", perfect, new CueWord(CueKind.Verb, Gender.Feminine, false, false, relay)));
        forms.Add((perfectStem + "\u0648\u0627", perfect, new CueWord(CueKind.Verb, Gender.Plural, false, false, relay)));
        forms.Add((imperfect, perfect, new CueWord(CueKind.Verb, Gender.Masculine, true, isImpersonal, relay, EndsInYeh: yeh)));
        forms.Add(("\u062A" + imperfect[1..], perfect, new CueWord(CueKind.Verb, Gender.Feminine, true, isImpersonal, relay, EndsInYeh: yeh)));
        forms.Add((imperfectStem + "\u0648\u0646", perfect, new CueWord(CueKind.Verb, Gender.Plural, true, false, relay)));
    }

    private static string Fold(string word) => ArabicNormalizer.Default.NormalizeTerm(word);
}
