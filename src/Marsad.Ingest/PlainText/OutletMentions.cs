using System.Text.RegularExpressions;
using Marsad.Ingest.Furniture;
using Marsad.Ingest.Outlets;
using Marsad.Ingest.Text;

namespace Marsad.Ingest.PlainText;

/// <summary>
/// Where a text page names its outlet or its own address: "المصدر: الجزيرة", a line that is an
/// outlet's name, "عمر إبراهيم – عين اليوم", a title ending " - العربية", a lead opening
/// "الأمة| …", a line "رابط المقال: https://…".
/// </summary>
internal static partial class OutletMentions
{
    private static readonly HashSet<string> SourceLabels = new(new[] { "المصدر", "source", "المصدر الاصلي", "نقلا عن" }.Select(l => LineKey.Of(l)), StringComparer.Ordinal);

    private static readonly HashSet<string> UrlLabels = new(new[]
    {
        "رابط المقال", "رابط الخبر", "الرابط", "رابط", "رابط دائم", "رابط مختصر", "رابط المصدر", "المصدر", "source", "link", "url", "permalink",
    }.Select(l => LineKey.Of(l)), StringComparer.Ordinal);

    private static readonly string[] TitleSeparators = [" - ", " | ", " – ", " — ", " :: "];

    // One character class repeated: linear, so no match timeout (which a long GC pause could trip).
    [GeneratedRegex(@"https?://[^\s\[\]()<>""']+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlPattern();

    /// <summary>A labelled link to the article itself; gives the URL and, through it, the outlet.</summary>
    public static bool TryUrlLine(string line, ArticleMetadata meta)
    {
        if (FurnitureRules.Label(line) is not { } label || !UrlLabels.Contains(LineKey.Of(label)))
        {
            return false;
        }
        var match = UrlPattern().Match(line);
        if (!match.Success)
        {
            return false;
        }
        meta.Url ??= match.Value.TrimEnd('.', ',', '،', ')');
        return true;
    }

    /// <summary>A line that credits an outlet; the line is metadata and leaves the text.</summary>
    public static bool TryOutletLine(string line, OutletTable outlets, ArticleMetadata meta)
    {
        if (LineShape.CountWords(line) > 8)
        {
            return false;
        }
        if (outlets.FromName(line) is { } whole)
        {
            meta.Outlet ??= whole;
            return true;
        }
        if (FurnitureRules.Label(line) is { } label && SourceLabels.Contains(LineKey.Of(label)))
        {
            var named = line[(line.IndexOf(label, StringComparison.Ordinal) + label.Length)..].TrimStart(':', '：', '|', '-', '–', '—', ' ');
            if (outlets.FromName(named) is { } credited)
            {
                meta.Outlet ??= credited;
            }
            return true;
        }
        return TryNameAndOutlet(line, outlets, meta);
    }

    /// <summary>"عين اليوم – الرياض" (outlet, place) or "عمر إبراهيم – عين اليوم" (author, outlet).</summary>
    private static bool TryNameAndOutlet(string line, OutletTable outlets, ArticleMetadata meta)
    {
        var at = line.IndexOfAny(['–', '—', '|', '-']);
        if (at <= 0 || at == line.Length - 1)
        {
            return false;
        }
        var left = line[..at].Trim();
        var right = line[(at + 1)..].Trim();
        if (LineShape.CountWords(left) > 4 || LineShape.CountWords(right) > 4)
        {
            return false;
        }
        if (outlets.FromName(left) is { } first)
        {
            meta.Outlet ??= first;
            return true;
        }
        if (outlets.FromName(right) is { } second)
        {
            meta.Outlet ??= second;
            if (LineShape.CountWords(left) >= 2 && !left.Any(char.IsDigit))
            {
                meta.Author ??= left;
            }
            return true;
        }
        return false;
    }

    /// <summary>The title without a trailing " - Outlet" the table knows.</summary>
    public static string StripTitleSuffix(string title, OutletTable outlets, ArticleMetadata meta)
    {
        foreach (var separator in TitleSeparators)
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && outlets.FromName(title[(at + separator.Length)..]) is { } outlet)
            {
                meta.Outlet ??= outlet;
                return title[..at].TrimEnd();
            }
        }
        return title;
    }

    /// <summary>
    /// A lead paragraph opening with its outlet, "الأمة| أكدت …": a short name before a bar is
    /// the publisher's mark (places take a dash: "بغداد - …"). Returns the paragraph without it.
    /// </summary>
    public static string StripLeadMark(string line, OutletTable outlets, ArticleMetadata meta)
    {
        var bar = line.AsSpan(0, Math.Min(line.Length, 40)).IndexOf('|');
        if (bar > 0)
        {
            var name = line[..bar].Trim();
            if (LineShape.CountWords(name) is >= 1 and <= 3 && LineShape.HasLetterOrDigit(name))
            {
                meta.Outlet ??= outlets.FromName(name) ?? name;
                return line[(bar + 1)..].TrimStart();
            }
        }
        var dash = line.AsSpan(0, Math.Min(line.Length, 40)).IndexOfAny('-', '–', ':');
        if (dash > 0 && outlets.FromName(line[..dash]) is { } known)
        {
            meta.Outlet ??= known;
            return line[(dash + 1)..].TrimStart();
        }
        return line;
    }
}
