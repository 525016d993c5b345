using Marsad.Ingest.Outlets;

namespace Marsad.Ingest.PlainText;

/// <summary>Recognises a header or footer line that carries metadata rather than news.</summary>
internal static class MetadataLines
{
    /// <summary>Records what <paramref name="line"/> says and returns whether it is a metadata line.</summary>
    public static bool TryConsume(string line, OutletTable outlets, ArticleMetadata meta)
    {
        if (BylineParser.TryParse(line, out var author, out var rest))
        {
            meta.Author ??= author;
            if (rest is not null && DatelineParser.TryFind(rest, out var bylineDate))
            {
                meta.Date ??= bylineDate;
            }
            return true;
        }
        if (DatelineParser.IsDateline(line, out var date))
        {
            meta.Date ??= date;
            return true;
        }
        return OutletMentions.TryUrlLine(line, meta) || OutletMentions.TryOutletLine(line, outlets, meta);
    }
}
