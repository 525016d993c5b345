namespace Marsad.Text.Lexicons;

/// <summary>
/// Reads a shipped word table: UTF-8, one entry per line, fields separated by tabs, lines starting
/// with <c>#</c> and blank lines ignored. Tables are data, kept in <c>Resources/</c> beside the code
/// that reads them, each with a header that says where its words come from. A word list file may
/// hold several lists, each under a <c>[name]</c> line, any number of tab-separated words a line.
/// </summary>
public static class LexiconResource
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(System.Reflection.Assembly, string), IReadOnlyDictionary<string, string[]>> SectionsCache = new();

    /// <summary>The words of list <paramref name="section"/> of a word list file (see the class summary).</summary>
    /// <exception cref="InvalidOperationException">The resource or the list is missing (a build error, not bad input).</exception>
    public static string[] Section(Type anchor, string name, string section)
    {
        ArgumentNullException.ThrowIfNull(anchor);
        IReadOnlyDictionary<string, string[]> sections = SectionsCache.GetOrAdd((anchor.Assembly, name), key =>
        {
            using Stream stream = key.Item1.GetManifestResourceStream(key.Item2)
                ?? throw new InvalidOperationException($"The resource {key.Item2} is missing from {key.Item1.GetName().Name}.");
            using var reader = new StreamReader(stream);
            return ParseSections(reader);
        });
        // A copy: the cached list is shared by every reader of the resource, and a caller may sort its own.
        return sections.TryGetValue(section, out string[]? words)
            ? (string[])words.Clone()
            : throw new InvalidOperationException($"The resource {name} has no list [{section}].");
    }

    /// <summary>The lists of a word list file by name; words before any <c>[name]</c> line belong to the list "".</summary>
    public static IReadOnlyDictionary<string, string[]> ParseSections(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var current = new List<string>();
        sections[""] = current;
        while (reader.ReadLine() is { } line)
        {
            string trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }
            if (trimmed[0] == '[' && trimmed[^1] == ']')
            {
                current = [];
                sections[trimmed[1..^1]] = current;
                continue;
            }
            current.AddRange(trimmed.Split('\t').Select(f => f.Trim()).Where(f => f.Length > 0));
        }
        return sections.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The rows of the embedded resource <paramref name="name"/> of the assembly holding <paramref name="anchor"/>.</summary>
    /// <exception cref="InvalidOperationException">The resource is missing (a build error, not bad input).</exception>
    public static IReadOnlyList<string[]> Rows(Type anchor, string name)
    {
        ArgumentNullException.ThrowIfNull(anchor);
        using Stream stream = anchor.Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The resource {name} is missing from {anchor.Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    public static IReadOnlyList<string[]> Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            string trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }
            rows.Add([.. trimmed.Split('\t').Select(f => f.Trim()).Where(f => f.Length > 0)]);
        }
        return rows;
    }
}
