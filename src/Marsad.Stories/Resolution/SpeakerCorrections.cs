using Marsad.Core.Analysis;
using Marsad.Core.Digests;
using Marsad.Text.Names;
using Marsad.Text.Words;

namespace Marsad.Stories.Resolution;

/// <summary>
/// Applies the user's <c>speaker</c> corrections to an article's quotes: the quote that starts at
/// the given offset gets the named speaker, who becomes one of the article's actors if the
/// article never named them (its type from the alias table, else a person). The digest follows:
/// the new actor has no mentions, so no roles, and its words no longer head the question; the
/// whole analysis, when the digest carries it, is corrected alike for a contract file.
/// </summary>
internal static class SpeakerCorrections
{
    public static DocumentDigest Apply(DocumentDigest digest, Corrections corrections, AliasTable aliases)
    {
        var mine = corrections.Speakers.Where(s => string.Equals(s.Document, digest.Article.Id, StringComparison.Ordinal)).ToList();
        if (mine.Count == 0)
        {
            return digest;
        }
        var entities = digest.Entities.ToList();
        var quotes = digest.Quotes.ToList();
        var fullQuotes = digest.Analysis?.Quotes.ToList();
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
            quotes[q] = quotes[q] with { Speaker = speaker.Id };
            if (fullQuotes is not null && fullQuotes.FindIndex(x => x.Start == fix.Start) is int f and >= 0)
            {
                fullQuotes[f] = fullQuotes[f] with { Speaker = speaker.Id, Confidence = 1 };
            }
        }
        var added = entities.Skip(digest.Entities.Count).ToList();
        var roles = digest.Roles.Concat(added.Select(_ => (IReadOnlyList<RoleReading>)[])).ToList();
        HeadlineDigest headline = digest.Headline;
        if (added.Count > 0)
        {
            var words = new HashSet<string>(added.SelectMany(e => e.Aliases.Prepend(e.Name)).SelectMany(TopicWords.Stems), StringComparer.Ordinal);
            headline = headline with { Heads = [.. headline.Heads.Where(h => !words.Contains(h))] };
        }
        return digest with
        {
            Entities = entities,
            Quotes = quotes,
            Roles = roles,
            Headline = headline,
            Analysis = digest.Analysis is { } analysis ? analysis with { Entities = entities, Quotes = fullQuotes! } : null,
        };
    }
}
