using Marsad.Text.Lexicons;
using Marsad.Text.Words;

namespace Marsad.Stories.Claims;

/// <summary>
/// The words that say who carried out an attack, each with where its actor stands
/// (<see cref="AttributionCue"/>); the words an accusation runs up to (بتنفيذ، بالوقوف، مسؤولية);
/// the attack words one of them must stand near; and the negations that turn a cue into a denial
/// (نفى مسؤوليته، لم تتبن). Words are listed bare: <see cref="WordForms"/> reads their clitics.
/// The noun تبني is listed only with its pronoun (تبنيه), since bare it folds onto the verb تبنى. Left out on purpose: حمل alone (carried) and أعلن alone (announced), which name an actor only
/// together with مسؤولية, read as its own cue.
/// </summary>
internal static class AttributionLexicon
{
    /// <summary>How many tokens from the cue its actor, its attack word or a negation may stand.</summary>
    public const int Window = 6;

    /// <summary>How far from the cue its attack word may stand: an accusation names accuser and accused first (اتهمت الحكومة التركية حزب العمال الكردستاني بتنفيذ الهجوم).</summary>
    public const int AttackWindow = 9;

    public static WordTable<AttributionCue> Cues { get; } = new(
        Entries(AttributionCue.After, ["تبنى", "تبنت", "تبنوا", "نفذ", "نفذت", "نفذوا"])
            .Concat(Entries(AttributionCue.Accused, ["اتهم", "اتهمت", "اتهموا", "يتهم", "تتهم", "حمل", "حملت", "حملوا", "يحمل", "تحمل"]))
            .Concat(Entries(AttributionCue.AttributedTo, ["نسب", "نسبت", "نسبوا", "ينسب", "تنسب", "عزا"]))
            .Concat(Entries(AttributionCue.Before, ["مسؤولية", "مسؤوليته", "مسؤوليتها", "مسؤوليتهم", "المسؤول", "المسؤولة", "تبنيه", "تبنيها", "وراء"])));

    /// <summary>Where an accusation's object ends: اتهم X بتنفيذ/بالوقوف وراء/بارتكاب، حمّل X مسؤولية.</summary>
    public static WordTable<bool> AccusationEnds { get; } = Set(["تنفيذ", "وقوف", "الوقوف", "مسؤولية", "المسؤولية", "ارتكاب", "تدبير"]);

    /// <summary>The attack a cue must be about: without one near, تبنى/مسؤولية speak of a policy or a duty.</summary>
    public static WordTable<bool> AttackWords { get; } = Set(
        ["هجوم", "الهجوم", "هجوما", "هجمات", "الهجمات", "تفجير", "التفجير", "تفجيرات", "انفجار", "الانفجار", "اعتداء", "الاعتداء",
            "عملية", "العملية", "غارة", "الغارة", "ضربة", "الضربة", "قصف", "القصف", "كمين", "الكمين", "استهداف", "الاستهداف"]);

    /// <summary>Words that deny what follows: نفى الحزب مسؤوليته، لم تتبن أي جهة، استبعد أن يكون … نفذ.</summary>
    public static IReadOnlySet<string> Negations { get; } = Folded(
        ["نفى", "نفت", "نفوا", "ينفي", "تنفي", "ينفون", "لم", "لن", "لا", "ليس", "ليست", "استبعد", "استبعدت", "يستبعد", "تستبعد", "رفض", "رفضت", "تنصل", "تنصلت"]);

    /// <summary>Words that end a name read from the text: prepositions, relatives, complementisers, reporting verbs, times.</summary>
    public static IReadOnlySet<string> NameStops { get; } = Folded(
        ["في", "على", "علي", "من", "عن", "إلى", "الى", "مع", "بعد", "قبل", "منذ", "الذي", "التي", "الذين", "أن", "إن", "بأن", "لأن", "كما",
            "أعلن", "أعلنت", "قال", "قالت", "أكد", "أكدت", "ذكر", "ذكرت", "أفاد", "أفادت", "بيان", "أمس", "اليوم", "مساء", "صباح", "ليل", "الهجوم", "التفجير",
            "يعلن", "تعلن", "فيه", "فيها", "به", "بها", "له", "لها", "عليه", "عليها", "حيث", "ما", "إذ", "فيما", "قد", "وقد"]);

    /// <summary>Words between a name and a cue after it that belong to neither: داعش هو المسؤول، حركة تقف وراء.</summary>
    public static IReadOnlySet<string> Copulas { get; } = Folded(["هو", "هي", "هم", "كان", "كانت", "يقف", "تقف", "يقفون", "وقوف", "الوقوف"]);

    /// <summary>Words that open an armed group's name: the accused of اتهم begins at the last of them (اتهمت الحكومة التركية حزب العمال …).</summary>
    public static IReadOnlySet<string> GroupHeads { get; } = Folded(
        ["تنظيم", "حزب", "حركة", "جماعة", "ميليشيا", "ميليشيات", "جبهة", "كتائب", "فصائل", "فصيل", "لواء", "قوات", "الجيش", "جيش", "عصابة", "خلية"]);

    private static HashSet<string> Folded(string[] words) => new(words.Select(TopicWords.Fold), StringComparer.Ordinal);

    private static IEnumerable<KeyValuePair<string, AttributionCue>> Entries(AttributionCue cue, string[] words) =>
        words.Distinct(StringComparer.Ordinal).Select(w => KeyValuePair.Create(w, cue));

    private static WordTable<bool> Set(string[] words) => new(words.Distinct(StringComparer.Ordinal).Select(w => KeyValuePair.Create(w, true)));
}
