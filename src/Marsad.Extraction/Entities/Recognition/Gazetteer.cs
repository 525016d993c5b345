using Marsad.Extraction.Entities.Clusters;

namespace Marsad.Extraction.Entities.Recognition;

/// <summary>
/// Multiword place names (countries, capitals, cities) as sequences of folded bases, so
/// "والولايات المتحدة" matches "الولايات المتحدة". Marks each token of a sentence with the
/// longest match that covers it; the tagger turns that into features, never into tags.
/// </summary>
public sealed class Gazetteer
{
    public const int MaxWords = 4;

    private readonly HashSet<string> _names;
    private readonly HashSet<string> _first = new(StringComparer.Ordinal);

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

    public static Gazetteer FromKeys(IEnumerable<string> keys)
    {
        var g = new Gazetteer([]);
        foreach (string k in keys)
        {
            g.Add(k);
        }

        return g;
    }

    /// <summary>Whether some name begins with <paramref name="folderBase"/> (a cheap pre-test, cacheable per word type).</summary>
    public bool StartsName(string folderBase) => _first.Contains(folderBase);

    /// <summary>Per token: 0 when outside any match, else (length ≤ 4) × 2 + (1 when the token starts the match).</summary>
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
        Span<string?> keys = new string?[MaxWords + 1];
        for (int i = 0; i < bases.Count; i++)
        {
            if (!starts[i])
            {
                continue;
            }

            int longest = Math.Min(MaxWords, bases.Count - i);
            keys[1] = bases[i];
            for (int n = 2; n <= longest; n++)
            {
                keys[n] = keys[n - 1] + " " + bases[i + n - 1];
            }

            for (int n = longest; n >= 1; n--)
            {
                if (_names.Contains(keys[n]!))
                {
                    for (int j = i; j < i + n; j++)
                    {
                        if (marks[j] == 0)
                        {
                            marks[j] = (byte)((n * 2) + (j == i ? 1 : 0));
                        }
                    }

                    break;
                }
            }
        }
    }

    private void Add(string key)
    {
        _names.Add(key);
        int space = key.IndexOf(' ', StringComparison.Ordinal);
        _first.Add(space < 0 ? key : key[..space]);
    }

    private static string Key(IEnumerable<string> bases) => string.Join(' ', bases);
}
