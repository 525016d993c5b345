using Marsad.Core.Documents;
using Marsad.Ingest.Furniture;
using Marsad.Ingest.Outlets;
using Marsad.Ingest.Text;

namespace Marsad.Ingest.PlainText;

/// <summary>
/// Cleans text copied from a web page: finds the title, reads the byline, dateline, outlet and
/// article link from the lines around it and at the foot, and removes page furniture. General
/// rules only; nothing here knows any particular site.
/// </summary>
internal sealed class PlainTextCleaner(OutletTable outlets, FurnitureModel furniture)
{
    /// <summary>How many lines below the title, and above the end, may hold bylines and datelines.</summary>
    private const int EdgeLines = 8;

    /// <summary>Lines longer than this are running text, not metadata.</summary>
    private const int MaxMetadataWords = 20;

    public CleanedParts Clean(string text)
    {
        var lines = BodyText.Split(text);
        var drop = new bool[lines.Length];
        var meta = new ArticleMetadata();
        var titleAt = TitleFinder.Find(lines, drop, furniture, out var title);
        if (title is not null)
        {
            title = OutletMentions.StripTitleSuffix(title, outlets, meta);
        }
        ScanHeader(lines, drop, titleAt + 1, meta);
        ScanFooter(lines, drop, meta);
        StripLeadMark(lines, drop, titleAt + 1, meta);
        FurnitureFilter.Apply(lines, drop, furniture);
        return new CleanedParts(BodyText.Join(lines, drop))
        {
            Title = title,
            Author = meta.Author,
            Outlet = meta.Outlet,
            Url = meta.Url,
            Published = meta.Date is { } date ? PublicationTime.FromDate(date) : null,
        };
    }

    private void ScanHeader(string[] lines, bool[] drop, int from, ArticleMetadata meta)
    {
        var seen = 0;
        for (var i = from; i < lines.Length && seen < EdgeLines; i++)
        {
            if (drop[i] || lines[i].Length == 0)
            {
                continue;
            }
            seen++;
            if (!ConsumeEdgeLine(lines[i], drop, i, meta))
            {
                return;
            }
        }
    }

    private void ScanFooter(string[] lines, bool[] drop, ArticleMetadata meta)
    {
        var seen = 0;
        for (var i = lines.Length - 1; i >= 0 && seen < EdgeLines; i--)
        {
            if (drop[i] || lines[i].Length == 0)
            {
                continue;
            }
            seen++;
            if (!ConsumeEdgeLine(lines[i], drop, i, meta))
            {
                return;
            }
        }
    }

    /// <summary>Reads one line at the top or foot of the page; returns false where the running text begins.</summary>
    private bool ConsumeEdgeLine(string line, bool[] drop, int index, ArticleMetadata meta)
    {
        if (LineShape.CountWords(line) > MaxMetadataWords)
        {
            return false;
        }
        if (MetadataLines.TryConsume(line, outlets, meta))
        {
            drop[index] = true;
            return true;
        }
        var verdict = FurnitureRules.Judge(line, furniture);
        return verdict != LineVerdict.Keep || LineShape.IsListItem(line) || !LineShape.IsProse(line);
    }

    private void StripLeadMark(string[] lines, bool[] drop, int from, ArticleMetadata meta)
    {
        for (var i = Math.Max(from, 0); i < lines.Length; i++)
        {
            if (drop[i] || lines[i].Length == 0)
            {
                continue;
            }
            if (LineShape.IsProse(lines[i]))
            {
                lines[i] = OutletMentions.StripLeadMark(lines[i], outlets, meta);
                return;
            }
        }
    }
}
