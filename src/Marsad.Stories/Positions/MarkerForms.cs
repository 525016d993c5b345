namespace Marsad.Stories.Positions;

/// <summary>
/// The shapes a folded word (as <see cref="Marsad.Text.Words.TopicWords.Words(string)"/> gives it:
/// ال and the prepositions ب/ل already off) may hide a lexicon word or an action's root under.
/// Deliberately shallow: a stance marker is a short list, so a wrong strip only costs a missed
/// match, while a stemmer that cuts too deep would make "قلق" of "قلقيلية".
/// <see cref="Marsad.Text.Lexicons.WordForms"/> looks a token up in a word table under its clitic
/// splits; a quote's words come to the stance reader as folded strings (the digest keeps no
/// tokens), its markers are sets of folded words, and it needs more suffixes (ي، ا، ون، نا) and
/// the verb forms of a root, so these shapes are its own.
/// </summary>
internal static class MarkerForms
{
    /// <summary>Suffixes a marker may carry: pronouns (دعمنا، قلقي، محاربتها) and the accusative alef (انتصارا، تضررا).</summary>
    private static readonly string[] Suffixes = ["هما", "هم", "ها", "نا", "كم", "ه", "ي", "ا", "ون", "ين"];

    /// <summary>
    /// The word and what it may be once a conjunction (و، ف) and one suffix are off; ة written ت
    /// before a pronoun is put back. Both with and without the first letter, since و and ف also begin words (فادحا، وجود).
    /// </summary>
    public static IEnumerable<string> Bases(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        string bare = word.Length > 3 && word[0] is 'و' or 'ف' ? word[1..] : word;
        var shapes = new List<string>(8) { word };
        if (!ReferenceEquals(bare, word))
        {
            shapes.Add(bare);
        }
        foreach (string shape in shapes.ToArray())
        {
            foreach (string suffix in Suffixes)
            {
                if (shape.Length - suffix.Length >= 2 && shape.EndsWith(suffix, StringComparison.Ordinal))
                {
                    string stem = shape[..^suffix.Length];
                    shapes.Add(stem);
                    if (stem[^1] == 'ت' && suffix != "ا")
                    {
                        shapes.Add(stem[..^1] + "ه");
                    }
                }
            }
        }
        return shapes;
    }

    /// <summary>Whether any shape of the word is in <paramref name="lexicon"/>.</summary>
    public static bool IsIn(string word, IReadOnlySet<string> lexicon) => Bases(word).Any(lexicon.Contains);

    /// <summary>
    /// Whether the word is a verb of the three-letter <paramref name="root"/>: "ننسحب"، "تنسحب"،
    /// "انسحبت" (form VII of سحب), "يسحب"، "نخرج"، "يستخدم" (form X of خدم). The future س is off
    /// already (the tokenizer takes it); the person prefix, the form's ن or ست, and a person suffix are taken here.
    /// </summary>
    public static bool IsVerbOf(string word, string root)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (root.Length != 3 || word.Length < 3 || word.Length > 8)
        {
            return false;
        }
        string w = word.Length > 4 && word[0] is 'و' or 'ف' ? word[1..] : word;
        foreach (string suffix in (string[])["وا", "ون", "ان", "ين", "تم", "نا", "ت", ""])
        {
            if (!w.EndsWith(suffix, StringComparison.Ordinal) || w.Length - suffix.Length < 3)
            {
                continue;
            }
            string stem = w[..^suffix.Length];
            string person = stem.Length > 3 && stem[0] is 'ي' or 'ت' or 'ن' or 'ا' ? stem[1..] : stem;
            if (person == root
                || (person.Length == 4 && person[0] == 'ن' && person[1..] == root)
                || (person.Length == 5 && person.StartsWith("ست", StringComparison.Ordinal) && person[2..] == root))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The three root letters of a question's head as <see cref="Marsad.Text.Words.TopicWords.Stem"/>
    /// gives it: already three for the derived verbal nouns (سحب of انسحاب) and for most of form I
    /// (نقل، فرض); a long vowel out of فعول and فعيل (خروج → خرج، رحيل → رحل). Null otherwise.
    /// </summary>
    public static string? RootOf(string stem) => stem switch
    {
        { Length: 3 } => stem,
        { Length: 4 } when stem[2] is 'و' or 'ي' => new string([stem[0], stem[1], stem[3]]),
        _ => null,
    };
}
