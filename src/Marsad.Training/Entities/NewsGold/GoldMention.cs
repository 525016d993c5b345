using Marsad.Core.Analysis;

namespace Marsad.Training.Entities.NewsGold;

/// <summary>A hand-labelled name in an article's text: [Start, End) in UTF-16 units, its type, and its words as written.</summary>
public sealed record GoldMention(string Document, int Start, int End, EntityType Type, string Surface);
