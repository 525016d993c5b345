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
    private const string ResourceName = "Marsad.Extraction.CountWords.tsv";

    private static readonly string[] KilledNouns = LexiconResource.Section(typeof(CountLexicon), ResourceName, "killed-nouns");
    private static readonly string[] InjuredNouns = LexiconResource.Section(typeof(CountLexicon), ResourceName, "injured-nouns");
    private static readonly string[] TroopNouns = LexiconResource.Section(typeof(CountLexicon), ResourceName, "troop-nouns");
    private static readonly string[] DetainedNouns = LexiconResource.Section(typeof(CountLexicon), ResourceName, "detained-nouns");
    private static readonly string[] DisplacedNouns = LexiconResource.Section(typeof(CountLexicon), ResourceName, "displaced-nouns");

    private static readonly string[] KilledVerbs = LexiconResource.Section(typeof(CountLexicon), ResourceName, "killed-verbs");

    private static readonly string[] InjuredVerbs = LexiconResource.Section(typeof(CountLexicon), ResourceName, "injured-verbs");
    private static readonly string[] DetainedVerbs = LexiconResource.Section(typeof(CountLexicon), ResourceName, "detained-verbs");
    private static readonly string[] DisplacedVerbs = LexiconResource.Section(typeof(CountLexicon), ResourceName, "displaced-verbs");

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

    /// <summary>Words that, right before a casualty noun, make it the toll of a count of people later in the sentence (حصيلة قتلى … 55 فلسطينيا).</summary>
    public static WordTable<bool> TollWords { get; } = new(
        LexiconResource.Section(typeof(CountLexicon), ResourceName, "toll-words").Select(w => KeyValuePair.Create(w, true)));

    private static IEnumerable<KeyValuePair<string, CountFact>> Entries(CountFact fact, string[] words) =>
        words.Select(w => KeyValuePair.Create(w, fact));
}
