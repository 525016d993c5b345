using Lucene.Net.Documents;
using Marsad.Core.Documents;
using Marsad.Search.Analysis;
using Marsad.Text.Tokenization;

namespace Marsad.Search.Indexing;

/// <summary>
/// Builds the Lucene document of an article. Each text is tokenised once and the tokens feed
/// both its exact and its stem field. Not thread-safe: one per writing thread (its streams and
/// token lists are reused from one article to the next).
/// </summary>
internal sealed class DocumentBuilder(bool storeText)
{
    private readonly List<Token> _titleTokens = [];
    private readonly List<Token> _textTokens = [];
    private readonly TokenListStream _titleExact = new(FieldForm.Exact);
    private readonly TokenListStream _titleStem = new(FieldForm.Stem);
    private readonly TokenListStream _textExact = new(FieldForm.Exact);
    private readonly TokenListStream _textStem = new(FieldForm.Stem);

    public Document Build(Article article)
    {
        var title = article.Title ?? "";
        _titleTokens.Clear();
        _textTokens.Clear();
        SearchAnalysis.Tokenizer.Tokenize(title, _titleTokens);
        SearchAnalysis.Tokenizer.Tokenize(article.Text, _textTokens);
        _titleExact.SetTokens(_titleTokens, title.Length);
        _titleStem.SetTokens(_titleTokens, title.Length);
        _textExact.SetTokens(_textTokens, article.Text.Length);
        _textStem.SetTokens(_textTokens, article.Text.Length);

        var document = new Document
        {
            new StringField(IndexFields.Id, article.Id, Field.Store.YES),
            new TextField(IndexFields.TitleExact, _titleExact),
            new TextField(IndexFields.TitleStem, _titleStem),
            new TextField(IndexFields.TextExact, _textExact),
            new TextField(IndexFields.TextStem, _textStem),
        };
        if (storeText)
        {
            document.Add(new StoredField(IndexFields.Text, article.Text));
        }
        if (article.Title is { } storedTitle)
        {
            document.Add(new StoredField(IndexFields.Title, storedTitle));
        }
        if (article.Outlet is { } outlet)
        {
            document.Add(new StoredField(IndexFields.Outlet, outlet));
            document.Add(new StringField(IndexFields.OutletKey, Search.OutletKey.Of(outlet) ?? "", Field.Store.NO));
        }
        AddPublished(document, article.Published);
        return document;
    }

    public static int DayNumber(DateOnly date) => (date.Year * 10000) + (date.Month * 100) + date.Day;

    public static long SortKey(PublicationTime published) =>
        published.Instant?.ToUnixTimeSeconds()
        ?? new DateTimeOffset(published.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeSeconds();

    private static void AddPublished(Document document, PublicationTime? published)
    {
        if (published is not { } p)
        {
            document.Add(new NumericDocValuesField(IndexFields.Dated, 0));
            document.Add(new NumericDocValuesField(IndexFields.PublishedAt, 0));
            return;
        }
        document.Add(new StoredField(IndexFields.Published, p.ToString()));
        document.Add(new Int32Field(IndexFields.Day, DayNumber(p.Date), Field.Store.NO));
        document.Add(new NumericDocValuesField(IndexFields.Dated, 1));
        document.Add(new NumericDocValuesField(IndexFields.PublishedAt, SortKey(p)));
    }
}
