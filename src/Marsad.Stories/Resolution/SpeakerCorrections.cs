using Marsad.Core.Analysis;

namespace Marsad.Stories.Resolution;

/// <summary>
/// Applies the user's <c>speaker</c> corrections to an article's quotes: the quote that starts at
/// the given offset gets the named speaker, who becomes one of the article's actors if the
/// article never named them (its type from the alias table, else a person).
/// </summary>
internal static class SpeakerCorrections
{
    public static DocumentAnalysis Apply(DocumentAnalysis analysis, Corrections corrections, AliasTable aliases)
    {
        var mine = corrections.Speakers.Where(s => string.Equals(s.Document, analysis.Article.Id, StringComparison.Ordinal)).ToList();
        if (mine.Count == 0)
        {
            return analysis;
        }
        var entities = analysis.Entities.ToList();
        var quotes = analysis.Quotes.ToList();
        foreach (SpeakerCorrection fix in mine)
        {
            int q = quotes.FindIndex(x => x.Start == fix.Start);
            if (q < 0)
            {
                continue;
            }
            string key = NameForm.Of(fix.Speaker).SpellingKey;
            LocalEntity? speaker = entities.FirstOrDefault(e => e.Aliases.Prepend(e.Name).Any(n => string.Equals(NameForm.Of(n).SpellingKey, key, StringComparison.Ordinal)));
            if (speaker is null)
            {
                EntityType type = aliases.TryFind(fix.Speaker, out var group) ? group.Type : EntityType.Person;
                speaker = new LocalEntity(entities.Count, fix.Speaker, type, []);
                entities.Add(speaker);
            }
            quotes[q] = quotes[q] with { Speaker = speaker.Id, Confidence = 1 };
        }
        return analysis with { Entities = entities, Quotes = quotes };
    }
}
