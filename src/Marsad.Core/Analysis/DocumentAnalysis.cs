using Marsad.Core.Documents;

namespace Marsad.Core.Analysis;

/// <summary>
/// Everything found in one article, in the contract's vocabulary: the article itself, the actors
/// it names (linked within the article, so "السوداني" and "محمد شياع السوداني" are one entity),
/// and the mentions, dates, quantities and quotes, every one a span of <see cref="Article.Text"/>.
/// Entity references are indices into <see cref="Entities"/>; a file or a store gives them
/// global ids when it gathers many articles.
/// </summary>
public sealed record DocumentAnalysis(
    Article Article,
    IReadOnlyList<LocalEntity> Entities,
    IReadOnlyList<MentionItem> Mentions,
    IReadOnlyList<DateMention> Dates,
    IReadOnlyList<QuantityItem> Quantities,
    IReadOnlyList<QuoteItem> Quotes);
