namespace Marsad.Ingest.PlainText;

/// <summary>What the header and footer of one text page yield; the first finding of each kind wins.</summary>
internal sealed class ArticleMetadata
{
    public string? Author { get; set; }

    public DateOnly? Date { get; set; }

    public string? Outlet { get; set; }

    public string? Url { get; set; }
}
