using Marsad.Core.Digests;
using Marsad.Core.Stories;
using Marsad.Stories.Timeline;

namespace Marsad.Stories.Claims;

/// <summary>
/// One document's count claims, from the counts its digest read (<see cref="CountDigest"/>) with
/// the collection's actor ids put in: an article that gives several figures for one fact, subject
/// and day keeps the largest, since tolls only grow and the total comes with its breakdown
/// ("قتل 20 بينهم 5 جنود"); two local subjects resolved to one actor are one subject.
/// </summary>
internal static class ClaimReader
{
    public static List<CountClaim> Read(StoryDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var claims = new Dictionary<(string Fact, string? Subject, string? AsOf), CountClaim>();
        var order = new List<(string, string?, string?)>();
        foreach (CountDigest count in doc.Digest.Counts)
        {
            if (CountFact.Of(count.Fact) is not { } fact)
            {
                continue;
            }

            CountClaim claim = Make(doc, count, fact);
            if (claim.Claim.AsOf is null && doc.Article.Published is null)
            {
                // Neither the figure nor its article is dated: when it held is unknown, so it is
                // compared with nothing (a 2021 figure is no conflict with a 2024 one).
                continue;
            }
            if (claim.Range.Low > 0 && claim.Range.High >= 10 * claim.Range.Low)
            {
                // عشرات، مئات، آلاف: an order of magnitude, which no other figure contradicts.
                continue;
            }
            var key = (claim.Compared, claim.SubjectId, claim.Claim.AsOf);
            if (!claims.TryGetValue(key, out var held))
            {
                order.Add(key);
                claims[key] = claim;
            }
            else if (claim.Value > held.Value)
            {
                claims[key] = claim;
            }
        }

        return [.. order.Select(k => claims[k])];
    }

    private static CountClaim Make(StoryDocument doc, CountDigest count, CountFact fact)
    {
        // An undated article's figure without a date of its own holds as of the year the article was written, as it tells it.
        var claim = new Claim(new Evidence(doc.Id, count.Start, count.End), count.Value, count.AsOf ?? ArticleYear.Inferred(doc), doc.Article.Outlet);
        string? id = null, key = null, name = null;
        if (count.Subject is int s && s >= 0 && s < doc.Entities.Count && s < doc.Digest.Entities.Count)
        {
            id = doc.EntityId(s);
            name = doc.Digest.Entities[s].Name;
            key = EntityKeys.NameKey(name);
        }

        return new CountClaim(claim, fact, id, key, name, ValueRange.Of(count), doc.Article.Outlet ?? "doc:" + doc.Id, doc.Index,
            EntityKeys.InSpan(doc, count.Start, count.End), doc.Article.Published?.Instant)
        {
            Running = RunningTotal.Says(doc.Article.Text, count.Start, count.End),
        };
    }
}
