namespace Marsad.Stories.Claims;

/// <summary>
/// An actor a sentence holds responsible for an attack: its name (the alias table's display name
/// when the table knows it), the article's entity that names it when the tagger found one (null
/// when the name was read from the words around the cue), and the sentence it was read from.
/// </summary>
internal sealed record Attribution(string Name, int? Local, int SentenceStart, int SentenceEnd);
