using Marsad.Extraction.Entities.Clusters;

namespace Marsad.Extraction.Entities.Recognition;

/// <summary>
/// Multiword place names (countries, capitals, cities) as sequences of folded bases, so
/// "والولايات المتحدة" matches "الولايات المتحدة"; and the names mined from unlabelled news
/// (<see cref="Mined"/>: "قاعدة عين الأسد", "الحشد الشعبي"), each with the kind of its head word.
/// Marks each token of a sentence with the longest match of each list that covers it; the tagger
/// turns that into features, never into tags, so it learns how far a list is to be trusted.
/// </summary>
public sealed class Gazetteer
{
    public const int MaxWords = 4;

    /// <summary>The longest mined name, in words.</summary>
    public const int MaxMinedWords = 5;

    /// <summary>The kind of a mined name's head word: an organisation's (حركة, وزارة) or a place's (قاعدة, مدينة).</summary>
    public const int OrganisationHead = 0, PlaceHead = 1;

    private readonly HashSet<string> _names;
    private readonly HashSet<string> _first = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _mined = new(StringComparer.Ordinal);

    public Gazetteer(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        _names = new HashSet<string>(StringComparer.Ordinal);
        foreach (string name in names)
        {
            string key = Key(name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(w => WordForms.Of(w).Base));
            if (key.Length > 1)
            {
                Add(key);
            }
        }
    }

    public static Gazetteer Empty { get; } = new([]);

    /// <summary>The names as stored (folded, space-joined), for saving with a model.</summary>
    public IEnumerable<string> Names => _names.Order(StringComparer.Ordinal);

    /// <summary>The mined names as stored (folded bases, space-joined) with their head's kind, for saving with a model.</summary>
    public IEnumerable<(string Key, int Head)> Mined => _mined.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value));

    /// <summary>These place names with <paramref name="mined"/> as the mined names (keys as <see cref="KeyOf"/> makes them).</summary>
    public Gazetteer WithMined(IEnumerable<(string Key, int Head)> mined)
    {
        ArgumentNullException.ThrowIfNull(mined);
        var g = FromKeys(_names);
        foreach ((string key, int head) in mined)
        {
            if (head is not (OrganisationHead or PlaceHead))
            {
                throw new ArgumentException($"Unknown head kind {head} for '{key}'.", nameof(mined));
            }
            if (key.Contains(' ', StringComparison.Ordinal) && key.Split(' ').Length <= MaxMinedWords)
            {
                g._mined[key] = head;
                int space = key.IndexOf(' ', StringComparison.Ordinal);
                g._first.Add(key[..space]);
            }
        }
        return g;
    }

    /// <summary>The key of a name written as <paramref name="words"/>: their folded clitic-free bases, space-joined.</summary>
    public static string KeyOf(IEnumerable<string> words) => Key(words.Select(w => WordForms.Of(w).Base));

    public static Gazetteer FromKeys(IEnumerable<string> keys)
    {
        var g = new Gazetteer([]);
        foreach (string k in keys)
        {
            g.Add(k);
        }

        return g;
    }

    /// <summary>Whether the place names hold <paramref name="bases"/> (folded clitic-free bases, as <see cref="KeyOf"/> makes them) as one name.</summary>
    public bool IsPlace(IReadOnlyList<string> bases)
    {
        ArgumentNullException.ThrowIfNull(bases);
        return bases.Count is > 1 and <= MaxWords && _names.Contains(Key(bases));
    }

    /// <summary>Whether some name begins with <paramref name="folderBase"/> (a cheap pre-test, cacheable per word type).</summary>
    public bool StartsName(string folderBase) => _first.Contains(folderBase);

    /// <summary>
    /// Per token: in the low four bits, 0 when outside any place name, else (length ≤ 4) × 2 + (1 when
    /// the token starts the match); in the high four bits, 0 when outside any mined name, else
    /// <see cref="MinedCode"/> of the longest one.
    /// </summary>
    public void Mark(IReadOnlyList<string> bases, Span<byte> marks)
    {
        ArgumentNullException.ThrowIfNull(bases);
        Span<bool> starts = bases.Count <= 256 ? stackalloc bool[bases.Count] : new bool[bases.Count];
        for (int i = 0; i < starts.Length; i++)
        {
            starts[i] = StartsName(bases[i]);
        }

        Mark(bases, starts, marks);
    }

    /// <summary>As <see cref="Mark(IReadOnlyList{string}, Span{byte})"/>, with <see cref="StartsName"/> already known per token.</summary>
    public void Mark(IReadOnlyList<string> bases, ReadOnlySpan<bool> starts, Span<byte> marks)
    {
        ArgumentNullException.ThrowIfNull(bases);
        marks.Clear();
        Span<string?> keys = new string?[MaxMinedWords + 1];
        for (int i = 0; i < bases.Count; i++)
        {
            if (!starts[i])
            {
                continue;
            }

            int longest = Math.Min(_mined.Count > 0 ? MaxMinedWords : MaxWords, bases.Count - i);
            keys[1] = bases[i];
            for (int n = 2; n <= longest; n++)
            {
                keys[n] = keys[n - 1] + " " + bases[i + n - 1];
            }

            for (int n = Math.Min(MaxWords, longest); n >= 1; n--)
            {
                if (_names.Contains(keys[n]!))
                {
                    for (int j = i; j < i + n; j++)
                    {
                        if ((marks[j] & 0x0F) == 0)
                        {
                            marks[j] |= (byte)((n * 2) + (j == i ? 1 : 0));
                        }
                    }

                    break;
                }
            }

            for (int n = longest; n >= 2 && _mined.Count > 0; n--)
            {
                if (_mined.TryGetValue(keys[n]!, out int head))
                {
                    for (int j = i; j < i + n; j++)
                    {
                        if ((marks[j] >> 4) == 0)
                        {
                            marks[j] |= (byte)(MinedCode(n, j == i, head) << 4);
                        }
                    }

                    break;
                }
            }
        }
    }

    /// <summary>A token's mark within a mined name: 1 to 8, from whether it starts the name, the head's kind, and whether the name has three words or more.</summary>
    public static int MinedCode(int length, bool start, int head) => 1 + (start ? 1 : 0) + (2 * head) + (length >= 3 ? 4 : 0);

    private void Add(string key)
    {
        _names.Add(key);
        int space = key.IndexOf(' ', StringComparison.Ordinal);
        _first.Add(space < 0 ? key : key[..space]);
    }

    private static string Key(IEnumerable<string> bases) => string.Join(' ', bases);
}
