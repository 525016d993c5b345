using Marsad.Text.Lexicons;

namespace Marsad.Stories.Places;

/// <summary>
/// Place names as the story stages compare them: each name's core (folded, its generic head and
/// direction words off: قطاع غزة → غزة, شمال بغداد → بغداد, حي الشعلة → الشعلة), and the places
/// it lies within (a city's country, from the shipped table <c>Resources/places-within-ar.tsv</c>
/// that <c>marsad train places</c> derives from the gazetteers). A district inside a city, a city
/// inside a country, is near, not different.
/// </summary>
internal static class PlaceNames
{
    private static readonly string[] Heads = [.. LexiconResource.Section(typeof(PlaceNames), "Marsad.Stories.PlaceWords.tsv", "heads").Select(Fold)];

    private static readonly string[] Directions = [.. LexiconResource.Section(typeof(PlaceNames), "Marsad.Stories.PlaceWords.tsv", "directions").Select(Fold).OrderByDescending(d => d.Length)];

    private static readonly Dictionary<string, string[]> WithinTable = LoadWithin();

    /// <summary>The core of a place name: folded, ال-less comparison left to the fold, generic and direction words off the front (when something is left).</summary>
    public static string Core(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        string folded = Fold(name);
        bool cut = true;
        while (cut)
        {
            cut = false;
            foreach (string word in Directions.Concat(Heads))
            {
                if (folded.Length > word.Length + 1 && folded.StartsWith(word + " ", StringComparison.Ordinal))
                {
                    folded = folded[(word.Length + 1)..];
                    cut = true;
                    break;
                }
            }
        }
        return folded;
    }

    /// <summary>
    /// A core's consonants: ال off the front, then every long vowel (ا و ي ى) after the first
    /// letter dropped, for names of four letters or more. Transliterations of one foreign name
    /// differ mostly there (كيبك / كيبيك, فويغو / فويجو do not meet; هيوستن / هيوستون do).
    /// </summary>
    public static string? Skeleton(string core)
    {
        ArgumentNullException.ThrowIfNull(core);
        string word = core.StartsWith("ال", StringComparison.Ordinal) && core.Length > 4 ? core[2..] : core;
        if (word.Length < 4 || word.Contains(' ', StringComparison.Ordinal))
        {
            return null;
        }
        return word[0] + new string([.. word[1..].Where(c => c is not ('ا' or 'و' or 'ي' or 'ى'))]);
    }

    /// <summary>The cores of the places <paramref name="core"/> lies within (its country), from the shipped table; empty when it names none.</summary>
    public static IReadOnlyList<string> Within(string core) => WithinTable.TryGetValue(core, out string[]? within) ? within : [];

    private static string Fold(string word) => FoldedLexicon<bool>.Fold(word);

    private static Dictionary<string, string[]> LoadWithin()
    {
        var within = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (string[] row in LexiconResource.Rows(typeof(PlaceNames), "Marsad.Stories.PlacesWithin.tsv"))
        {
            if (row.Length < 2)
            {
                continue;
            }
            string place = Core(row[0]), container = Core(row[1]);
            if (place.Length == 0 || container.Length == 0 || place == container)
            {
                continue;
            }
            if (!within.TryGetValue(place, out HashSet<string>? set))
            {
                within[place] = set = new HashSet<string>(StringComparer.Ordinal);
            }
            set.Add(container);
        }
        return within.ToDictionary(p => p.Key, p => p.Value.Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }
}
