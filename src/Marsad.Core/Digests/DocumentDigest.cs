using Marsad.Core.Analysis;
using Marsad.Core.Documents;

namespace Marsad.Core.Digests;

/// <summary>
/// Everything the story stages need from one article, read once with its analysis and stored
/// beside it, so a collection over a store does cross-document work only: the article, the
/// contract items the joins look at (its actors, their mentions, its dates), and the readings
/// that used to be redone per article on every build — the roles it gives each actor, its body
/// signature for duplicates, its counted content words for grouping, its headline, its dated
/// events, its count claims, its quotes prepared for stance and its sentences' topic stems for
/// summaries. Every span is UTF-16 offsets
/// into <see cref="Article.Text"/>. <see cref="Analysis"/> is the whole analysis when the digest
/// was built from one in memory (a contract file writes it); a digest read from a store has none.
/// </summary>
public sealed record DocumentDigest(
    Article Article,
    IReadOnlyList<LocalEntity> Entities,
    IReadOnlyList<MentionItem> Mentions,
    IReadOnlyList<DateMention> Dates,
    IReadOnlyList<IReadOnlyList<RoleReading>> Roles,
    BodySignature Body,
    TermCounts Words,
    HeadlineDigest Headline,
    IReadOnlyList<EventDigest> Events,
    IReadOnlyList<CountDigest> Counts,
    IReadOnlyList<QuoteDigest> Quotes,
    SentenceTable Sentences)
{
    /// <summary>The digest's format; a stored digest of another version is read again from its analysis.</summary>
    public const int Version = 3;

    /// <summary>Where the dateline the text opens with ends ("دبي، الإمارات العربية المتحدة (CNN) --"); 0 when it has none.</summary>
    public int Dateline { get; init; }

    /// <summary>The analysis the digest was read from, when it is at hand (not for a digest from a store).</summary>
    public DocumentAnalysis? Analysis { get; init; }
}
