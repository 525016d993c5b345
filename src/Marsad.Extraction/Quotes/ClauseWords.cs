using System.Collections.Frozen;
using Marsad.Text.Normalization;
using Marsad.Text.Lexicons;

namespace Marsad.Extraction.Quotes;

/// <summary>
/// The small closed-class words the reporting-clause grammar turns on, normalised once. Each set
/// holds what it holds for a reason given on it; everything is compared against tokens' normalised forms.
/// </summary>
internal static class ClauseWords
{
    private const string ResourceName = "Marsad.Extraction.ClauseWords.tsv";

    /// <summary>
    /// إن/أن with the pronoun suffixes they carry in reported speech (إنه، أنها، إننا). أنا is not
    /// here: it is the pronoun "I".
    /// </summary>
    private static readonly FrozenSet<string> Complementizers = Fold(LexiconResource.Section(typeof(ClauseWords), ResourceName, "complementizers"));

    /// <summary>
    /// Words after which أن starts a time or concession clause, not reported words: "قال بعد أن
    /// التقى الوزير إن …" — the second إن is the one that counts.
    /// </summary>
    private static readonly FrozenSet<string> NotBeforeComplementizer = Fold(LexiconResource.Section(typeof(ClauseWords), ResourceName, "not-before-complementizer"));

    /// <summary>
    /// Words that open an adjunct between a reporting verb and its subject or complement — place and
    /// channel (في بيان، عبر حسابه، خلال مؤتمر), time (أمس، يوم الثلاثاء), manner (أيضا) — so the
    /// noun phrase they begin is not the speaker.
    /// </summary>
    private static readonly FrozenSet<string> AdjunctStarts = Fold(LexiconResource.Section(typeof(ClauseWords), ResourceName, "adjunct-starts"));

    /// <summary>
    /// The channels and occasions of a statement (في بيان، في تصريح لـ، في مؤتمر صحفي). في before one
    /// of them opens an adjunct; before anything else inside a title it belongs to the speaker
    /// ("الباحث في الشأن العراقي فلان"، "مسؤول في وزارة الخارجية"). Matched as word beginnings, so
    /// suffixed forms (بيانها، تصريحاته) count.
    /// </summary>
    private static readonly string[] ChannelStems = Fold(LexiconResource.Section(typeof(ClauseWords), ResourceName, "channel-stems")).ToArray();

    /// <summary>Time words that end an attributed noun phrase ("وفق ما أكده مسؤول اليوم الجمعة").</summary>
    private static readonly FrozenSet<string> TimeWords = Fold(LexiconResource.Section(typeof(ClauseWords), ResourceName, "time-words"));

    /// <summary>Words ending a relayed speaker: "نقلت رويترز عن مسؤول قوله إن".</summary>
    private static readonly FrozenSet<string> RelayEnds = Fold(LexiconResource.Section(typeof(ClauseWords), ResourceName, "relay-ends"));

    /// <summary>
    /// Conjunctions that open a new clause: a speaker named before its verb never reaches back past
    /// them ("…، فيما البنك المركزي أكد أن").
    /// </summary>
    private static readonly FrozenSet<string> ClauseOpeners = Fold(LexiconResource.Section(typeof(ClauseWords), ResourceName, "clause-openers"));

    /// <summary>Relative pronouns: in "الوزير الذي قال إن" the speaker stands before them.</summary>
    private static readonly FrozenSet<string> Relatives = Fold(LexiconResource.Section(typeof(ClauseWords), ResourceName, "relatives"));

    /// <summary>
    /// "المتحدث باسم الحركة": the ب of باسم looks like a preposition opening an adjunct but belongs
    /// to the spokesperson's title.
    /// </summary>
    public static readonly string OnBehalfOf = ArabicNormalizer.Default.NormalizeTerm("باسم");

    /// <summary>قائلا، قائلة، قائلين: participles that only hand over to the words, with nothing of their own to report.</summary>
    private static readonly FrozenSet<string> Saying = Fold(LexiconResource.Section(typeof(ClauseWords), ResourceName, "saying"));

    public static bool IsSaying(string normalized) => Saying.Contains(normalized);

    /// <summary>Words that make على/عن an adjunct, not an object: "أكد على هامش القمة"، "على لسان المتحدث"، "عن بعد".</summary>
    private static readonly FrozenSet<string> PrepositionalIdioms = Fold(LexiconResource.Section(typeof(ClauseWords), ResourceName, "prepositional-idioms"));

    public static bool IsPrepositionalIdiom(string normalized) => PrepositionalIdioms.Contains(normalized);

    /// <summary>أحد، إحدى، بعض: a subject that opens with one is one of those named after it, not they.</summary>
    private static readonly FrozenSet<string> Partitives = Fold(LexiconResource.Section(typeof(ClauseWords), ResourceName, "partitives"));

    public static bool IsPartitive(string normalized) => Partitives.Contains(normalized);

    /// <summary>كان and its forms with و/ف: in "وكانت الوزارة قد أكدت" it opens the clause, and the speaker follows it.</summary>
    private static readonly FrozenSet<string> Was = Fold(LexiconResource.Section(typeof(ClauseWords), ResourceName, "was"));

    public static bool IsWas(string normalized) => Was.Contains(normalized);

    /// <summary>و، ف، ثم، لكن: a verb after them continues the clause before it.</summary>
    private static readonly FrozenSet<string> Joins = Fold(LexiconResource.Section(typeof(ClauseWords), ResourceName, "joins"));

    public static bool IsJoin(string normalized) => Joins.Contains(normalized);

    /// <summary>لكنه، لكنها: the join carries the pronoun of the subject it continues.</summary>
    private static readonly FrozenSet<string> JoinsWithPronoun = Fold(LexiconResource.Section(typeof(ClauseWords), ResourceName, "joins-with-pronoun"));

    public static bool IsJoinWithPronoun(string normalized) => JoinsWithPronoun.Contains(normalized);

    /// <summary>قد and لقد between a speaker named first and the verb.</summary>
    private static readonly FrozenSet<string> Already = Fold(LexiconResource.Section(typeof(ClauseWords), ResourceName, "already"));

    public static bool IsAlready(string normalized) => Already.Contains(normalized);

    /// <summary>لم، لن، ما، لا before a verb: "ولم تعلن أي جهة مسؤوليتها عن الهجوم" announces nothing.</summary>
    private static readonly FrozenSet<string> Negations = Fold(LexiconResource.Section(typeof(ClauseWords), ResourceName, "negations"));

    public static bool IsNegation(string normalized) => Negations.Contains(normalized);

    public static bool IsComplementizer(string normalized) => Complementizers.Contains(normalized);

    /// <summary>بأن، فإن، وأن: a complementizer behind one clitic letter.</summary>
    public static bool IsComplementizerAfter(string normalized, char clitic) =>
        normalized.Length > 2 && normalized[0] == clitic
        && Complementizers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(normalized.AsSpan(1));

    public static bool BlocksComplementizer(string normalized) => NotBeforeComplementizer.Contains(normalized);

    /// <summary>Whether the word opens an adjunct, as written or behind و/ف.</summary>
    public static bool IsAdjunctWord(string normalized)
    {
        if (AdjunctStarts.Contains(normalized))
        {
            return true;
        }

        return normalized.Length > 2 && normalized[0] is '\u0648' or '\u0641'
            && AdjunctStarts.GetAlternateLookup<ReadOnlySpan<char>>().Contains(normalized.AsSpan(1));
    }

    /// <summary>Whom a statement is told to ("قال لوكالة الأنباء", "أكد للصحفيين"): after ل they end a speaker's name.</summary>
    private static readonly string[] AddresseeStems = Fold(LexiconResource.Section(typeof(ClauseWords), ResourceName, "addressee-stems")).ToArray();

    /// <summary>Whether a word (its clitics removed) names whom a statement was told to.</summary>
    public static bool IsAddressee(string withoutClitics)
    {
        foreach (string stem in AddresseeStems)
        {
            if (withoutClitics.StartsWith(stem, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a word (its clitics removed) names a channel or occasion of a statement.</summary>
    public static bool IsChannel(string withoutClitics)
    {
        foreach (string stem in ChannelStems)
        {
            if (withoutClitics.StartsWith(stem, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsTimeWord(string normalized) => TimeWords.Contains(normalized);

    public static bool IsRelayEnd(string normalized) => RelayEnds.Contains(normalized);

    public static bool OpensClause(string normalized) => ClauseOpeners.Contains(normalized);

    public static bool IsRelative(string normalized) => Relatives.Contains(normalized);

    private static FrozenSet<string> Fold(params string[] words) =>
        words.Select(w => ArabicNormalizer.Default.NormalizeTerm(w)).ToFrozenSet(StringComparer.Ordinal);
}
