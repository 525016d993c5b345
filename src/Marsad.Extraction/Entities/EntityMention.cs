using Marsad.Core.Analysis;

namespace Marsad.Extraction.Entities;

/// <summary>
/// One named-entity mention found in an article: a half-open UTF-16 span
/// [<paramref name="Start"/>, <paramref name="End"/>) of the article text, the text of that span,
/// its type, and the recogniser's confidence in [0, 1]. The span covers the name only: a leading
/// clitic (و، ب، ل …) is outside it, the article ال of a name such as العراق is inside it.
/// </summary>
public sealed record EntityMention(int Start, int End, string Text, EntityType Type, double Confidence);
