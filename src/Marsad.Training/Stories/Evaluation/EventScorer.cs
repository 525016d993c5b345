namespace Marsad.Training.Stories.Evaluation;

/// <summary>
/// Scores a grouping of articles (article id → story id) against <see cref="EventGold"/>, over the
/// labelled articles only: pairwise precision and recall of "same event" (every pair of labelled
/// articles; gold-same when one event lists both), B-cubed precision, recall and F1 (an article
/// labelled only in a near miss is an event of its own), and how many near-miss pairs were joined.
/// An article the grouping does not know (not analysed) is a story of its own.
/// </summary>
public static class EventScorer
{
    public static EventScore Score(EventGold gold, IReadOnlyDictionary<string, string> storyOf)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(storyOf);
        Dictionary<string, string> goldOf = gold.EventOf();
        string Predicted(string article) => storyOf.TryGetValue(article, out string? story) ? story : "unknown:" + article;

        string[] articles = [.. goldOf.Keys.Order(StringComparer.Ordinal)];
        long truePairs = 0, falsePairs = 0, missedPairs = 0;
        var missed = new List<(string, string)>();
        var wrong = new List<(string, string)>();
        for (int i = 0; i < articles.Length; i++)
        {
            for (int j = i + 1; j < articles.Length; j++)
            {
                bool same = goldOf[articles[i]] == goldOf[articles[j]];
                bool joined = Predicted(articles[i]) == Predicted(articles[j]);
                if (same && joined)
                {
                    truePairs++;
                }
                else if (joined)
                {
                    falsePairs++;
                    wrong.Add((articles[i], articles[j]));
                }
                else if (same)
                {
                    missedPairs++;
                    missed.Add((articles[i], articles[j]));
                }
            }
        }

        // B-cubed: for each article, the share of its predicted cluster (among labelled articles)
        // that is its gold event, and the share of its gold event that the prediction kept with it.
        var byPredicted = articles.GroupBy(Predicted).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var byGold = articles.GroupBy(a => goldOf[a]).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        double precision = 0, recall = 0;
        foreach (string a in articles)
        {
            List<string> predicted = byPredicted[Predicted(a)];
            List<string> golden = byGold[goldOf[a]];
            int both = predicted.Count(b => goldOf[b] == goldOf[a]);
            precision += (double)both / predicted.Count;
            recall += (double)both / golden.Count;
        }
        int joinedMisses = gold.NearMisses.Count(n => Predicted(n.A) == Predicted(n.B));
        return new EventScore(
            articles.Length, gold.Events.Count, gold.NearMisses.Count,
            truePairs, falsePairs, missedPairs,
            articles.Length == 0 ? 0 : precision / articles.Length,
            articles.Length == 0 ? 0 : recall / articles.Length,
            joinedMisses, wrong, missed);
    }
}
