namespace Marsad.Extraction.Digests;

/// <summary>
/// What a trigger word says: the event kind, and whether the word is a past-tense verb (أعلن،
/// انفجرت), which lets the publication date stand in for a sentence that gives no date.
/// </summary>
internal readonly record struct Trigger(string Kind, bool PastVerb);
