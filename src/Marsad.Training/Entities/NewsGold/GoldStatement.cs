using Marsad.Core.Analysis;

namespace Marsad.Training.Entities.NewsGold;

/// <summary>
/// A hand-labelled reported statement: where its reporting word is, and who speaks, named as the
/// article names them at their fullest (null when no one is named: "مصدر أمني"), with the body or
/// country they speak for when the article says.
/// </summary>
public sealed record GoldStatement(string Document, int VerbStart, int VerbEnd, string Verb, string? Speaker, EntityType? SpeakerType, string? SpeakerFor);
