using Marsad.Text.Lexicons;

namespace Marsad.Extraction.Quantities;

/// <summary>
/// Counted nouns of news reporting, singular (with the accusative ـا that follows 11–99) and plural,
/// looked up without clitics. A noun here is a unit with more confidence than one taken only from
/// its position, and its class decides the subject hint; years (2014) need one of these to count.
/// </summary>
internal static class UnitLexicon
{
    private const string ResourceName = "Marsad.Extraction.UnitWords.tsv";

    private static readonly string[] People = LexiconResource.Section(typeof(UnitLexicon), ResourceName, "people");

    private static readonly string[] Money = LexiconResource.Section(typeof(UnitLexicon), ResourceName, "money");

    private static readonly string[] Time = LexiconResource.Section(typeof(UnitLexicon), ResourceName, "time");

    private static readonly string[] Measure = LexiconResource.Section(typeof(UnitLexicon), ResourceName, "measure");

    private static readonly string[] Things = LexiconResource.Section(typeof(UnitLexicon), ResourceName, "things");

    public static FoldedLexicon<UnitClass> Lexicon { get; } = new(
        People.Select(w => KeyValuePair.Create(w, UnitClass.People))
            .Concat(Money.Select(w => KeyValuePair.Create(w, UnitClass.Money)))
            .Concat(Time.Select(w => KeyValuePair.Create(w, UnitClass.Time)))
            .Concat(Measure.Select(w => KeyValuePair.Create(w, UnitClass.Measure)))
            .Concat(Things.Select(w => KeyValuePair.Create(w, UnitClass.Thing))));
}
