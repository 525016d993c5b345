using Marsad.Core.Analysis;

namespace Marsad.Extraction.Entities.Linking;

/// <summary>
/// The article's actors and, for each input mention (same order), the index of the actor it names.
/// </summary>
public sealed record LinkedMentions(IReadOnlyList<LocalEntity> Entities, IReadOnlyList<int> EntityOfMention);
