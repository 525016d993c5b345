using Marsad.Text.Lexicons;

namespace Marsad.Text.Tokenization;

/// <summary>
/// Hand-picked words whose first letters look like proclitics (و ف ب ك ل س ال) but belong to the
/// word: names and frequent news vocabulary. Without them "وزير" would lose its و and "لبنان" its ل.
/// <see cref="ProtectedWords"/> adds the corpus-derived list in Resources/protected-words.txt. The
/// lists are folded through the tokenizer's normaliser when it is built, so spelling does not matter.
/// </summary>
internal static class ProcliticLexicon
{
    private const string ResourceName = "Marsad.Text.ProcliticWords.tsv";

    /// <summary>
    /// Protected prefixes: a word starting with one of these is not split at its first letter. Each
    /// must be long enough that no clitic + common word starts the same way — checked against the
    /// ANT news corpus ("وقف" is not here: it would also stop "وقفز"; "بطل" would stop "بطلب").
    /// Shorter or ambiguous ones are in <see cref="Words"/>.
    /// </summary>
    public static readonly string[] Stems = LexiconResource.Section(typeof(ProcliticLexicon), ResourceName, "stems");

    /// <summary>Whole words that are not split: short or ambiguous ones a prefix would over-protect.</summary>
    public static readonly string[] Words = LexiconResource.Section(typeof(ProcliticLexicon), ResourceName, "words");
}
