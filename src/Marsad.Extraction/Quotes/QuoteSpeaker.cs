using Marsad.Core.Analysis;

namespace Marsad.Extraction.Quotes;

/// <summary>
/// Who speaks a quote: a half-open UTF-16 span of the article and its text, and
/// <paramref name="Entity"/>, the index into the entity list given to <see cref="QuoteFinder.Find(string, IReadOnlyList{Entities.EntityMention}, IReadOnlyList{DateMention})"/>
/// of the mention that speaks, or null when the recogniser found none and the span is the best noun
/// phrase of the grammatical subject ("مصدر أمني"). For a continuation ("وأضاف") the span is the one
/// where that speaker was last named, which may lie sentences before the quote.
/// <paramref name="Body"/> says the span is the name of a body written in marks after a head word
/// (صحيفة "ميرور"): the span is the name alone, and it names an organisation.
/// <paramref name="For"/> is the body a named person speaks for ("المتحدث باسم الحكومة باسم
/// العوادي": the government), a mention or a phrase of the reporting clause, when it names one.
/// <paramref name="Country"/> is set when the span is a nationality adjective of a title ("الرئيس
/// الأمريكي"): the canonical name of the country it stands for.
/// </summary>
public sealed record QuoteSpeaker(int Start, int End, string Text, int? Entity, bool Body = false, QuoteSpeaker? For = null, string? Country = null);
