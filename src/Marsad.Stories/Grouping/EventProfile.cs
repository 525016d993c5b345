using Marsad.Core.Analysis;
using Marsad.Core.Digests;
using Marsad.Core.Stories;
using Marsad.Stories.Places;
using Marsad.Stories.Timeline;

namespace Marsad.Stories.Grouping;

/// <summary>
/// What one article reports as its news, as the editor put it in the headline and the lead (the
/// first <see cref="LeadSentences"/> sentences): the concrete kinds of event named there, the day
/// the event happened (the lead's own date for it, else the publication day), and the places and
/// actors named there (as collection ids and folded names, so spellings meet), the headline's
/// topic stems, and the lead's (headline and lead sentences, hashed, distinct, ascending). Outlets
/// tell one event in their own words but agree on what, where, when and who; the body's words,
/// background and reactions included, are left to the lexical signal. The places of the
/// dateline ("دبي، الإمارات العربية المتحدة (CNN) --") are kept apart (<see cref="Dateline"/>): an
/// outlet's desk is no event's place, and only the collection tells a desk (<see cref="DeskDatelines"/>).
/// The names the headline gives (<see cref="Named"/>, folded) are kept apart too: two headlines that
/// name actors and share none (two matches: العين والريان, تشونبوك وكيتشي) tell two events.
/// So are the kinds the headline alone names (<see cref="HeadKinds"/>): the headline says which
/// turn of an affair the article reports (a leader re-elected, then an envoy expelled), while the
/// lead recalls the turns before it.
/// </summary>
internal sealed record EventProfile(int Day, bool DayFromPublication, IReadOnlySet<string> Kinds, PlaceSet Places, IReadOnlySet<string> Actors, IReadOnlySet<string> Headline, ulong[] Lead, IReadOnlyList<(string Id, string Name)> Dateline, IReadOnlySet<string> Named, IReadOnlyList<string> HeadKinds)
{
    /// <summary>The lead: the sentences that say what happened, where and when, before background and reactions.</summary>
    public const int LeadSentences = 2;

    /// <summary>No day: the article carries no date at all.</summary>
    public const int Undated = int.MaxValue;

    /// <summary>
    /// A place that opens at least this share of one outlet's datelines (and at least
    /// <see cref="MinDeskDatelines"/> of them) is the outlet's desk, not where its news happens.
    /// </summary>
    public const double DeskShare = 0.05;

    public const int MinDeskDatelines = 20;

    /// <summary>
    /// Adds to each profile's places those of its dateline that are not its outlet's desk: CNN
    /// Arabic writes "دبي، الإمارات العربية المتحدة (CNN) --" over a third of its reports, wherever
    /// they happen, while "القدس (CNN) --" is where that one happened.
    /// </summary>
    public static void DeskDatelines(IReadOnlyList<EventProfile> profiles, IReadOnlyList<StoryDocument> documents)
    {
        var perOutlet = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new Dictionary<(string Outlet, string Core), int>();
        for (int d = 0; d < profiles.Count; d++)
        {
            string outlet = documents[d].Article.Outlet ?? "";
            perOutlet[outlet] = perOutlet.GetValueOrDefault(outlet) + 1;
            foreach (string core in profiles[d].Dateline.Select(p => PlaceNames.Core(p.Name)).Distinct(StringComparer.Ordinal))
            {
                seen[(outlet, core)] = seen.GetValueOrDefault((outlet, core)) + 1;
            }
        }
        for (int d = 0; d < profiles.Count; d++)
        {
            string outlet = documents[d].Article.Outlet ?? "";
            foreach ((string id, string name) in profiles[d].Dateline)
            {
                int count = seen[(outlet, PlaceNames.Core(name))];
                if (count < MinDeskDatelines || count < DeskShare * perOutlet[outlet])
                {
                    profiles[d].Places.Add(id, name);
                }
            }
        }
    }

    /// <summary>Where the article's lead (its first <see cref="LeadSentences"/> sentences) ends; 0 when it has no sentence.</summary>
    public static int LeadEnd(DocumentDigest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        return digest.Sentences.Count == 0 ? 0 : digest.Sentences[Math.Min(LeadSentences, digest.Sentences.Count) - 1].End;
    }

    public static EventProfile Of(StoryDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        DocumentDigest digest = doc.Digest;
        int leadEnd = LeadEnd(digest);

        int published = doc.Article.Published is { } p ? p.Date.DayNumber : Undated;
        var kinds = new HashSet<string>(digest.Headline.Kinds, StringComparer.Ordinal);
        // The news is the latest happening the lead dates, not after the article: an older date
        // there recalls the background (the 2003 invasion), a later one is a plan.
        int? eventDay = null;
        foreach (EventDigest e in digest.Events)
        {
            if (e.Start >= leadEnd || e.Planned)
            {
                continue;
            }
            kinds.Add(e.Kind);
            if (!e.DateFromPublication && e.Date.Length == 10 && IsoDates.FirstDay(e.Date) is { } day
                && day.DayNumber <= published && (eventDay is null || day.DayNumber > eventDay))
            {
                eventDay = day.DayNumber;
            }
        }

        var places = new PlaceSet();
        var actors = new HashSet<string>(StringComparer.Ordinal);
        var dateline = new List<(string, string)>();
        void Add(int local, bool inDateline = false)
        {
            if (local < 0 || local >= digest.Entities.Count || local >= doc.Entities.Count)
            {
                return;
            }
            LocalEntity entity = digest.Entities[local];
            if (inDateline)
            {
                if (entity.Type == EntityType.Location)
                {
                    dateline.Add((doc.EntityId(local), entity.Name));
                }
            }
            else if (entity.Type == EntityType.Location)
            {
                places.Add(doc.EntityId(local), entity.Name);
            }
            else
            {
                actors.Add(doc.EntityId(local));
                actors.Add(EntityKeys.NameKey(entity.Name));
            }
        }
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (int local in digest.Headline.Entities)
        {
            Add(local);
            if (local >= 0 && local < digest.Entities.Count)
            {
                named.Add(EntityKeys.NameKey(digest.Entities[local].Name));
            }
        }
        foreach (MentionItem mention in digest.Mentions)
        {
            if (mention.Start < leadEnd)
            {
                Add(mention.Entity, mention.Start < digest.Dateline);
            }
        }

        var headline = new HashSet<string>(digest.Headline.Words.Select(w => w.Stem).Where(s => s.Length > 0), StringComparer.Ordinal);
        var lead = new HashSet<ulong>(headline.Select(stem => Marsad.Text.Words.NormalizedWords.Hash(stem)));
        for (int i = 0; i < Math.Min(LeadSentences, digest.Sentences.Count); i++)
        {
            foreach (ulong stem in digest.Sentences[i].Stems.Span)
            {
                lead.Add(stem);
            }
        }
        ulong[] leadStems = [.. lead];
        Array.Sort(leadStems);
        return new EventProfile(eventDay ?? published, eventDay is null, kinds, places, actors, headline, leadStems, dateline, named, digest.Headline.Kinds);
    }
}
