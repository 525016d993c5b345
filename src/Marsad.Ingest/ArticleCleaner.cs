using Marsad.Core.Documents;
using Marsad.Ingest.Furniture;
using Marsad.Ingest.Html;
using Marsad.Ingest.PlainText;
using Marsad.Ingest.Text;

namespace Marsad.Ingest;

/// <summary>
/// Turns one <see cref="RawDocument"/> into an <see cref="Article"/> or a problem. Pure and
/// thread-safe: the result depends only on the document and the loaded tables, so the CLI may
/// clean many documents in parallel.
/// <list type="bullet">
/// <item>Identity: the input's own id, else its URL, else its location (<c>path#line</c>).</item>
/// <item>Source: the URL when known, else the location.</item>
/// <item>Text: the body without the title, furniture removed, one paragraph a line.</item>
/// </list>
/// </summary>
public sealed class ArticleCleaner
{
    private readonly IngestOptions options;
    private readonly PlainTextCleaner plainText;
    private readonly HtmlArticleExtractor html;

    public ArticleCleaner(IngestOptions? options = null)
    {
        this.options = options ?? IngestOptions.Default;
        this.options.Validate();
        plainText = new PlainTextCleaner(this.options.Outlets, this.options.Furniture);
        html = new HtmlArticleExtractor(this.options.Outlets, this.options.Furniture);
    }

    /// <summary>Cleans a read document, or passes a read problem through.</summary>
    public IngestItem Clean(RawItem item) => item.Document is { } document
        ? Clean(document)
        : IngestItem.Failed(item.Problem?.Location ?? "?", item.Problem?.Reason ?? "unreadable");

    public IngestItem Clean(RawDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        try
        {
            return Build(document);
        }
        catch (Exception exception) when (exception is not (OutOfMemoryException or OperationCanceledException))
        {
            // A rule that trips over one strange article must not stop the batch.
            return IngestItem.Failed(document.Location, "could not be cleaned: " + exception.Message);
        }
    }

    private IngestItem Build(RawDocument document)
    {
        var parts = document.Format switch
        {
            RawFormat.PlainText => plainText.Clean(document.Body),
            RawFormat.Html => html.Extract(document.Body),
            _ => CleanFields(document.Body),
        };
        if (parts is null)
        {
            return IngestItem.Failed(document.Location, "no article text found in HTML");
        }
        var title = Trimmed(document.Title) ?? parts.Title;
        var text = BodyText.WithoutTitle(parts.Text, title);
        if (text.Length == 0 && document.Format == RawFormat.PlainText && document.Title is null && parts.Title is { Length: > 0 } only)
        {
            // A text of one paragraph: the cleaner took its only line for a headline, but the
            // line is the whole article (a wire flash, a short statement).
            (title, text) = (null, only);
        }
        if (text.Length == 0)
        {
            // Say whether there was nothing at all or only boilerplate, so a reader of the report
            // knows the input was looked at, not lost.
            var reason = document.Format == RawFormat.Html ? "no article text found in HTML"
                : string.IsNullOrWhiteSpace(document.Body) ? "no article text"
                : parts.Text.Trim().Length > 0 ? "no article text: the body only repeats the title"
                : "no article text: only page furniture (e.g. a disclaimer or a share line)";
            return IngestItem.Failed(document.Location, reason);
        }
        if (!ArabicScript.IsArabicText(text))
        {
            return IngestItem.Failed(document.Location, "no Arabic text");
        }
        var url = Trimmed(document.Url) ?? parts.Url;
        var published = PublicationTime.TryParse(document.Published, out var given) ? given : parts.Published;
        var article = new Article(
            Id: Trimmed(document.Id) ?? url ?? document.Location,
            Source: url ?? document.Location,
            Title: title,
            Text: text,
            Author: AuthorName(document.Author) ?? parts.Author,
            Outlet: options.Outlets.Normalize(document.Outlet ?? parts.Outlet, url),
            Published: published,
            Url: url);
        return IngestItem.Ok(article);
    }

    /// <summary>JSON text is already the body: only furniture lines and teaser blocks come out.</summary>
    private CleanedParts CleanFields(string body)
    {
        var lines = BodyText.Split(body);
        var drop = new bool[lines.Length];
        FurnitureFilter.Apply(lines, drop, options.Furniture);
        return new CleanedParts(BodyText.Join(lines, drop));
    }

    /// <summary>A person or desk, not a placeholder: some corpora store user ids or profile links as authors.</summary>
    private static string? AuthorName(string? value) =>
        Trimmed(value) is { } name && !Guid.TryParse(name, out _) && !name.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? name : null;

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
