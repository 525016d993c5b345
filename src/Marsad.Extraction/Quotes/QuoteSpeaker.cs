using Marsad.Core.Analysis;

namespace Marsad.Extraction.Quotes;

/// <summary>
/// Who speaks a quote: a half-open UTF-16 span of the article and its text, and
/// <paramref name="Entity"/>, the index into the entity list given to <see cref="QuoteFinder.Find(string, IReadOnlyList{Entities.EntityMention}, IReadOnlyList{DateMention})"/>
/// of the mention that speaks, or null when the recogniser found none and the span is the best noun
/// phrase of the grammatical subject ("مصدر أمني"). For a continuation ("وأضاف") the span is the one
/// where that speaker was last named, which may lie sentences before the quote.
/// </summary>
public sealed record QuoteSpeaker(int Start, int End, string Text, int? Entity);
