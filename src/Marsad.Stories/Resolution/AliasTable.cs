using Marsad.Core.Analysis;
using Marsad.Text.Names;

namespace Marsad.Stories.Resolution;

/// <summary>
/// Names that one actor goes by and that spelling rules cannot join: metonyms (البنتاغون =
/// وزارة الدفاع الأمريكية), an organisation's own and its opponents' names (داعش = تنظيم الدولة),
/// transliterations that add a letter (ترامب/ترمب). The shipped table (Resources/aliases-ar.tsv)
/// is extended by the user's own files in the same format. Immutable once built.
/// </summary>
public sealed class AliasTable
{
    private readonly Dictionary<string, Group> _byKey = new(StringComparer.Ordinal);
    private readonly System.Text.StringBuilder _read = new();

    private AliasTable()
    {
    }

    /// <summary>The table with no entries.</summary>
    public static AliasTable Empty { get; } = new();

    /// <summary>The shipped entries plus those of <paramref name="userFiles"/>; a user's line wins for a name it repeats.</summary>
    public static AliasTable Load(IEnumerable<string>? userFiles = null)
    {
        var table = new AliasTable();
        using (Stream stream = typeof(AliasTable).Assembly.GetManifestResourceStream("Marsad.Stories.Aliases.tsv")
            ?? throw new InvalidOperationException("The shipped alias table is missing from the assembly."))
        using (var reader = new StreamReader(stream))
        {
            table.Read(reader, "aliases-ar.tsv (shipped)");
        }
        foreach (string path in userFiles ?? [])
        {
            using var reader = new StreamReader(path);
            table.Read(reader, path);
        }
        return table;
    }

    /// <summary>A table from text in the file format (for tests and for files read elsewhere).</summary>
    public static AliasTable Parse(string text, string origin = "aliases")
    {
        var table = new AliasTable();
        using var reader = new StringReader(text);
        table.Read(reader, origin);
        return table;
    }

    /// <summary>
    /// What the table was read from, every line with its file and number (the merge evidence cites
    /// them), as one hash: a story built with another table is another story.
    /// </summary>
    public string Fingerprint => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(_read.ToString())));

    /// <summary>The table's actor for <paramref name="name"/>, if the table names it.</summary>
    public bool TryFind(string name, out Group group) => TryFind(NameForm.Of(name), out group);

    internal bool TryFind(NameForm form, out Group group) => _byKey.TryGetValue(form.SpellingKey, out group!);

    private void Read(TextReader reader, string origin)
    {
        int number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            string trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }
            _read.Append(origin).Append(':').Append(number).Append('\t').Append(trimmed).Append('\n');
            string[] fields = [.. trimmed.Split('\t').Select(f => f.Trim()).Where(f => f.Length > 0)];
            if (fields.Length < 3 || EntityTypes.FromLabel(fields[0]) is not { } type)
            {
                throw new FormatException($"{origin}:{number}: an alias line is TYPE (PER, ORG or LOC) and at least two names, tab-separated.");
            }
            var group = new Group(fields[1], type, fields[1..], $"{origin}:{number}");
            foreach (string name in group.Names)
            {
                var form = NameForm.Of(name);
                if (!form.IsEmpty)
                {
                    _byKey[form.SpellingKey] = group;
                }
            }
        }
    }

    /// <summary>One actor of the table: display name, type, all its names, and the line it came from.</summary>
    public sealed record Group(string Name, EntityType Type, IReadOnlyList<string> Names, string Origin);
}
