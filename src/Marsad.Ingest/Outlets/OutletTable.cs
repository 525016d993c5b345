using System.Reflection;
using Marsad.Ingest.Text;

namespace Marsad.Ingest.Outlets;

/// <summary>
/// One name per outlet, so that a filter by outlet works across corpora: "aawsat", "aawsat.com"
/// and "الشرق الأوسط" are all <c>الشرق الأوسط</c>. Built from a TSV table (canonical name, then
/// aliases: names, domains, or domain/path prefixes such as <c>bbc.com/arabic</c>); immutable and
/// safe to share between threads.
/// </summary>
public sealed class OutletTable
{
    private const string ResourceName = "Marsad.Ingest.Resources.outlets.tsv";

    private static readonly Lazy<OutletTable> LazyDefault = new(LoadDefault);

    private readonly Dictionary<string, string> byName;
    private readonly Dictionary<string, string> byHost;

    private OutletTable(Dictionary<string, string> byName, Dictionary<string, string> byHost, IReadOnlyList<string> names)
    {
        this.byName = byName;
        this.byHost = byHost;
        Names = names;
    }

    /// <summary>The table shipped with Marsad, loaded once.</summary>
    public static OutletTable Default => LazyDefault.Value;

    /// <summary>The canonical names, in table order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Reads the shipped table from the assembly.</summary>
    public static OutletTable LoadDefault()
    {
        using var stream = typeof(OutletTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from {Assembly.GetExecutingAssembly().GetName().Name}.");
        using var reader = new StreamReader(stream);
        return Parse(reader, null);
    }

    /// <summary>
    /// The shipped table extended by the user's TSV file, whose rows win where an alias is in both
    /// (so a user can move an alias to another outlet).
    /// </summary>
    public static OutletTable Load(string? userTablePath)
    {
        if (string.IsNullOrEmpty(userTablePath))
        {
            return Default;
        }
        using var reader = new StreamReader(userTablePath);
        return Parse(reader, Default);
    }

    /// <summary>Parses rows <c>canonical&lt;TAB&gt;alias&lt;TAB&gt;alias…</c>; <c>#</c> starts a comment line.</summary>
    public static OutletTable Parse(TextReader reader, OutletTable? extending)
    {
        var byName = extending is null ? new Dictionary<string, string>(StringComparer.Ordinal) : new(extending.byName, StringComparer.Ordinal);
        var byHost = extending is null ? new Dictionary<string, string>(StringComparer.Ordinal) : new(extending.byHost, StringComparer.Ordinal);
        var names = extending is null ? new List<string>() : [.. extending.Names];
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var cells = line.Split('\t', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (cells.Length == 0)
            {
                continue;
            }
            var canonical = cells[0];
            if (!names.Contains(canonical, StringComparer.Ordinal))
            {
                names.Add(canonical);
            }
            foreach (var alias in cells)
            {
                if (OutletHost.LooksLikeHost(alias))
                {
                    byHost[OutletHost.Clean(alias)] = canonical;
                }
                else
                {
                    byName[LineKey.Of(alias)] = canonical;
                }
            }
        }
        return new OutletTable(byName, byHost, names);
    }

    /// <summary>
    /// The one name for an outlet: the table's name for <paramref name="name"/> when it knows it,
    /// else the table's name for the URL's site, else <paramref name="name"/> as given (trimmed),
    /// else <see langword="null"/>.
    /// </summary>
    public string? Normalize(string? name, string? url)
    {
        var given = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        return (given is null ? null : FromName(given)) ?? (url is null ? null : FromUrl(url)) ?? given;
    }

    /// <summary>The canonical name for a name or domain the table knows, else <see langword="null"/>.</summary>
    public string? FromName(string name)
    {
        if (byName.TryGetValue(LineKey.Of(name), out var canonical))
        {
            return canonical;
        }
        return OutletHost.LooksLikeHost(name.Trim()) ? FromHostAndPath(OutletHost.Clean(name.Trim())) : null;
    }

    /// <summary>The canonical name for the site of <paramref name="url"/>, else <see langword="null"/>.</summary>
    public string? FromUrl(string url)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            return Uri.TryCreate("http://" + url.Trim(), UriKind.Absolute, out uri) && OutletHost.LooksLikeHost(uri.Host)
                ? FromHostAndPath(OutletHost.Clean(uri.Host + uri.AbsolutePath))
                : null;
        }
        return FromHostAndPath(OutletHost.Clean(uri.Host + uri.AbsolutePath));
    }

    /// <summary>Tries "host/first-segment", then the host, then each parent domain.</summary>
    private string? FromHostAndPath(string hostAndPath)
    {
        var slash = hostAndPath.IndexOf('/', StringComparison.Ordinal);
        var host = slash < 0 ? hostAndPath : hostAndPath[..slash];
        if (slash >= 0)
        {
            var next = hostAndPath.IndexOf('/', slash + 1);
            var firstSegment = next < 0 ? hostAndPath : hostAndPath[..next];
            if (byHost.TryGetValue(firstSegment, out var byPath))
            {
                return byPath;
            }
        }
        for (var domain = host; domain.Contains('.', StringComparison.Ordinal); domain = domain[(domain.IndexOf('.', StringComparison.Ordinal) + 1)..])
        {
            if (byHost.TryGetValue(domain, out var canonical))
            {
                return canonical;
            }
        }
        return null;
    }
}
