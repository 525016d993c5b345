using Marsad.Core.Digests;
using Marsad.Text.Lexicons;


namespace Marsad.Extraction.Digests;

/// <summary>
/// What a count counts. <see cref="Nouns"/>: counted nouns that say it themselves (قتلى، جرحى،
/// جنود), singular, accusative and plural. <see cref="Verbs"/>: the casualty words around a count
/// of plain people ("قتل 12 شخصا وأصيب 20 آخرون", "لقي 15 جنديا حتفهم", "حصيلة القتلى إلى 25") —
/// they decide over a noun of people or troops, since soldiers who were killed are a death toll,
/// not a troop strength; never over قتلى or جرحى themselves ("سقوط قتلى و20 جريحا").
/// </summary>
internal static class CountLexicon
{
    private static readonly string[] KilledNouns = ["قتيل", "قتيلا", "قتلى", "شهيد", "شهيدا", "شهداء", "وفاة", "وفيات"];
    private static readonly string[] InjuredNouns = ["جريح", "جريحا", "جرحى", "مصاب", "مصابا", "مصابين", "مصابون", "إصابة", "إصابات"];
    private static readonly string[] TroopNouns = ["جندي", "جنديا", "جنود", "عسكري", "عسكريا", "عسكريين", "عسكريون"];
    private static readonly string[] DetainedNouns = ["معتقل", "معتقلا", "معتقلين", "معتقلون", "موقوف", "موقوفا", "موقوفين", "محتجز", "محتجزا", "محتجزين"];
    private static readonly string[] DisplacedNouns = ["نازح", "نازحا", "نازحين", "نازحون", "مهجر", "مهجرا", "مهجرين"];

    private static readonly string[] KilledVerbs =
    [
        "قتل", "قتلت", "قتلوا", "مقتل", "لقي", "لقوا", "حتفهم", "حتفه", "مصرعهم", "مصرعه", "استشهاد", "استشهد", "استشهدوا", "وفاة",
        "قتلى", "القتلى", "الوفيات",
    ];

    private static readonly string[] InjuredVerbs = ["أصيب", "أصيبت", "أصيبوا", "إصابة", "جرح", "جرحوا", "جرحى", "الجرحى", "المصابين"];
    private static readonly string[] DetainedVerbs = ["اعتقل", "اعتقلت", "اعتقال", "احتجاز", "احتجز", "احتجزت", "توقيف", "أوقف", "أوقفت"];
    private static readonly string[] DisplacedVerbs = ["نزوح", "نزح", "تهجير", "تشريد", "هجر"];

    /// <summary>Counted nouns that name their fact.</summary>
    public static WordTable<CountFact> Nouns { get; } = new(
        Entries(CountFact.Killed, KilledNouns)
            .Concat(Entries(CountFact.Injured, InjuredNouns))
            .Concat(Entries(CountFact.Troops, TroopNouns))
            .Concat(Entries(CountFact.Detained, DetainedNouns))
            .Concat(Entries(CountFact.Displaced, DisplacedNouns)));

    /// <summary>Casualty words that name the fact of a count of people next to them.</summary>
    public static WordTable<CountFact> Verbs { get; } = new(
        Entries(CountFact.Killed, KilledVerbs)
            .Concat(Entries(CountFact.Injured, InjuredVerbs))
            .Concat(Entries(CountFact.Detained, DetainedVerbs))
            .Concat(Entries(CountFact.Displaced, DisplacedVerbs)));

    private static IEnumerable<KeyValuePair<string, CountFact>> Entries(CountFact fact, string[] words) =>
        words.Select(w => KeyValuePair.Create(w, fact));
}
