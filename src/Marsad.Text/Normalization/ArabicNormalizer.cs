namespace Marsad.Text.Normalization;

/// <summary>
/// Immutable, thread-safe Arabic normaliser; build once, share everywhere. Marsad's folding policy
/// is two instances: <see cref="Default"/> for the text itself (tokens, offsets, what is shown),
/// which keeps the distinctions a reader sees (ة/ه, ؤ/و), and <see cref="Search"/> for keys (every
/// lexicon, name key, signature and comparison of words), where spelling variants must meet.
/// </summary>
public sealed class ArabicNormalizer
{
    private readonly FoldTable _table;

    public ArabicNormalizer(NormalizerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        _table = new FoldTable(options);
    }

    public static ArabicNormalizer Default { get; } = new(NormalizerOptions.Default);

    /// <summary>The key normaliser (<see cref="NormalizerOptions.Search"/>): every fold on.</summary>
    public static ArabicNormalizer Search { get; } = new(NormalizerOptions.Search);

    public NormalizerOptions Options { get; }

    /// <summary>The most characters one original character can become (a presentation-form ligature).</summary>
    public int MaxExpansion => _table.MaxExpansion;

    /// <summary>
    /// The fold of one character where it stays one character, <c>'\0'</c> where it is dropped
    /// (harakat, tatweel, invisible marks), and the character itself where it would expand (a
    /// ligature): for scanners that walk raw text one character at a time and cut it at the same
    /// places (line keys, prefix matches).
    /// </summary>
    public char FoldChar(char c) => _table.Actions[c] switch
    {
        FoldAction.Single => _table.Targets[c],
        FoldAction.Expand => c,
        _ => '\0',
    };

    /// <summary>
    /// How many characters of <paramref name="raw"/> spell <paramref name="folded"/> (already
    /// folded by this normaliser) at its start, or -1; a space in <paramref name="folded"/> matches
    /// any white space. Dropped characters are skipped on the way and after the match, so rules
    /// can match folded words and cut the raw text.
    /// </summary>
    public int MatchFoldedPrefix(ReadOnlySpan<char> raw, ReadOnlySpan<char> folded)
    {
        int r = 0;
        foreach (char expected in folded)
        {
            char c;
            do
            {
                if (r >= raw.Length)
                {
                    return -1;
                }
                c = FoldChar(raw[r++]);
            }
            while (c == '\0');
            if (c != expected && !(expected == ' ' && char.IsWhiteSpace(c)))
            {
                return -1;
            }
        }
        while (r < raw.Length && FoldChar(raw[r]) == '\0')
        {
            r++;
        }
        return r;
    }

    /// <summary>Normalises <paramref name="original"/> into a copy with a map back to it.</summary>
    public NormalizedText Normalize(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        var buffer = new FoldBuffer(original.Length, withMap: true);
        try
        {
            int length = Fold(original, ref buffer);
            string value = length == original.Length && original.AsSpan().SequenceEqual(buffer.Chars.AsSpan(0, length))
                ? original
                : new string(buffer.Chars, 0, length);
            int[] map = new int[length + 1];
            buffer.Map.AsSpan(0, length).CopyTo(map);
            map[length] = original.Length;
            return new NormalizedText(original, value, map);
        }
        finally
        {
            buffer.Dispose();
        }
    }

    /// <summary>Normalises one short piece (a token or a query term) without building a map.</summary>
    public string NormalizeTerm(ReadOnlySpan<char> term)
    {
        Span<char> stack = stackalloc char[128];
        if (term.Length <= stack.Length)
        {
            int written = 0;
            if (FoldPart(term, 0, stack, [], ref written) == term.Length)
            {
                return new string(stack[..written]);
            }
        }

        var buffer = new FoldBuffer(term.Length, withMap: false);
        try
        {
            int length = Fold(term, ref buffer);
            return new string(buffer.Chars, 0, length);
        }
        finally
        {
            buffer.Dispose();
        }
    }

    /// <summary>
    /// Normalises <paramref name="source"/> into caller-owned buffers without allocating: the hot
    /// path for tokenizers and indexers. <paramref name="map"/> may be empty when offsets are not
    /// needed; otherwise it receives, for each written character, the index in
    /// <paramref name="source"/> that produced it (no trailing end entry, so it needs no more room
    /// than <paramref name="destination"/>). Returns false when the buffers are too short; a
    /// destination of <c>source.Length * MaxExpansion</c> always suffices, and
    /// <c>source.Length</c> does unless the text holds presentation-form ligatures.
    /// </summary>
    public bool TryNormalize(ReadOnlySpan<char> source, Span<char> destination, Span<int> map, out int written)
    {
        written = 0;
        if (destination.Length < source.Length || (!map.IsEmpty && map.Length < destination.Length))
        {
            return false;
        }

        return FoldPart(source, 0, destination, map, ref written) == source.Length;
    }

    /// <summary>Folds the whole of <paramref name="source"/>, growing the buffer for ligatures.</summary>
    internal int Fold(ReadOnlySpan<char> source, ref FoldBuffer buffer)
    {
        int written = 0;
        int next = 0;
        while ((next = FoldPart(source, next, buffer.Chars, buffer.Map, ref written)) < source.Length)
        {
            buffer.Grow(buffer.Chars.Length + source.Length + _table.MaxExpansion, written);
        }

        return written;
    }

    /// <summary>
    /// The single pass: two table reads per character. Requires room for one output character per
    /// remaining input character; stops, returning the index of the character it could not write,
    /// when a ligature's expansion would not leave that room. An empty <paramref name="map"/> skips offsets.
    /// </summary>
    internal int FoldPart(ReadOnlySpan<char> source, int start, Span<char> destination, Span<int> map, ref int written)
    {
        FoldAction[] actions = _table.Actions;
        char[] targets = _table.Targets;
        bool withMap = !map.IsEmpty;
        int n = written;
        for (int i = start; i < source.Length; i++)
        {
            char c = source[i];
            FoldAction action = actions[c];
            if (action == FoldAction.Single)
            {
                destination[n] = targets[c];
                if (withMap)
                {
                    map[n] = i;
                }

                n++;
            }
            else if (action == FoldAction.Expand)
            {
                string expansion = _table.Expansion(c);
                if (n + expansion.Length + (source.Length - i - 1) > destination.Length)
                {
                    written = n;
                    return i;
                }

                foreach (char e in expansion)
                {
                    destination[n] = e;
                    if (withMap)
                    {
                        map[n] = i;
                    }

                    n++;
                }
            }
        }

        written = n;
        return source.Length;
    }
}
