using Marsad.Core.Digests;
using Marsad.Text.Lexicons;

namespace Marsad.Extraction.Digests;

/// <summary>
/// The words that name an event of news reporting, per kind: the past-tense verb in its common
/// persons (he, she, they), the present where plans are written with it, and the verbal nouns.
/// Clitics and pronoun suffixes are handled by <see cref="WordForms"/>, so each word is listed bare.
/// Words left out on purpose: وقع (signed, but also "occurred" — وقع انفجار), صوت (voted, but also
/// "voice"), فجر (blew up, but also "dawn"), عقد (held, but also "decade"/"contract"), توقع (expects).
/// </summary>
internal static class TriggerLexicon
{
    private const string ResourceName = "Marsad.Extraction.TriggerWords.tsv";

    /// <summary>The word file's lists by name (read before the table below, which is built from them).</summary>
    private static readonly IReadOnlyDictionary<string, string[]> Sections = ReadSections();

    /// <summary>Every kind's words: its past verbs (list <c>KIND-past</c>, when it has one) and its other words (list <c>KIND</c>); a word listed twice keeps its first kind.</summary>
    public static WordTable<Trigger> Lexicon { get; } = new(EventKinds.All.SelectMany(kind =>
        Entries(kind, Sections.GetValueOrDefault(kind + "-past") ?? [], Sections.GetValueOrDefault(kind) ?? [])));

    private static IReadOnlyDictionary<string, string[]> ReadSections()
    {
        using Stream stream = typeof(TriggerLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return LexiconResource.ParseSections(reader);
    }

    private static IEnumerable<KeyValuePair<string, Trigger>> Entries(string kind, string[] past, string[] other) =>
        past.Select(w => KeyValuePair.Create(w, new Trigger(kind, PastVerb: true)))
            .Concat(other.Select(w => KeyValuePair.Create(w, new Trigger(kind, PastVerb: false))));
}
