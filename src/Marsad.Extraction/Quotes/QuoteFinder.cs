using Marsad.Text;
using Marsad.Core.Analysis;
using Marsad.Extraction.Entities;
using Marsad.Text.Tokenization;

namespace Marsad.Extraction.Quotes;

/// <summary>
/// Finds quotes and their speakers in one article: direct quotes in any quotation marks and
/// indirect ones after a reporting verb and إن/أن, with the speaker taken from the reporting clause
/// (a recognised entity when one covers it), carried over from the previous quote for a
/// continuation ("وأضاف"), and the date of the statement when its clause gives one. Pure and
/// thread-safe; one pass over the tokens with a bounded look around each reporting word.
/// </summary>
public static class QuoteFinder
{
    /// <param name="text">The article text; all offsets are UTF-16 indices into it.</param>
    /// <param name="entities">The recognised mentions of the article, sorted by start.</param>
    /// <param name="dates">The date mentions of the article.</param>
    /// <returns>The quotes in article order; their spans never overlap.</returns>
    public static IReadOnlyList<QuoteMention> Find(string text, IReadOnlyList<EntityMention> entities, IReadOnlyList<DateMention> dates)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(dates);
        return new QuoteScan(text, entities, dates).Run();
    }

    /// <summary>The same, over an article already read: its tokens and sentences are the scan's.</summary>
    public static IReadOnlyList<QuoteMention> Find(AnalyzedText text, IReadOnlyList<EntityMention> entities, IReadOnlyList<DateMention> dates)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(dates);
        return new QuoteScan(text.Text, entities, dates, text.Tokens, text.Sentences).Run();
    }

    /// <summary>
    /// The same, over the tokens the caller already has (from <see cref="ArabicTokenizer"/>, over
    /// the whole <paramref name="text"/>), so a pipeline tokenises an article once.
    /// </summary>
    public static IReadOnlyList<QuoteMention> Find(string text, IReadOnlyList<EntityMention> entities, IReadOnlyList<DateMention> dates, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(dates);
        ArgumentNullException.ThrowIfNull(tokens);
        return new QuoteScan(text, entities, dates, tokens).Run();
    }
}
