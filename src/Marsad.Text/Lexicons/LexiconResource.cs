namespace Marsad.Text.Lexicons;

/// <summary>
/// Reads a shipped word table: UTF-8, one entry per line, fields separated by tabs, lines starting
/// with <c>#</c> and blank lines ignored. Tables are data, kept in <c>Resources/</c> beside the code
/// that reads them, each with a header that says where its words come from.
/// </summary>
public static class LexiconResource
{
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
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            rows.Add([.. line.Split('\t').Select(f => f.Trim()).Where(f => f.Length > 0)]);
        }
        return rows;
    }
}
