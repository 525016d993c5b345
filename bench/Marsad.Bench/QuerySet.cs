using System.Globalization;
using Marsad.Search;

namespace Marsad.Bench;

/// <summary>
/// A fixed, varied set of Arabic queries drawn from the corpus's own headlines (seeded, so every
/// run asks the same): single words, word pairs, quoted phrases, OR, exclusions, and words with an
/// outlet filter, a date range or a sort by date — the mix a newsroom search box sees.
/// </summary>
internal static class QuerySet
{
    private static readonly HashSet<string> Stopwords = new(StringComparer.Ordinal)
    {
        "في", "من", "على", "إلى", "الى", "عن", "مع", "بعد", "قبل", "أن", "إن", "ان", "التي", "الذي", "هذا", "هذه", "ما", "لا", "هل", "كيف", "بين", "حول", "أو",
    };

    public static List<SearchRequest> Build(IReadOnlyList<CorpusEntry> entries, int count)
    {
        var random = new Random(20260101);
        var queries = new List<SearchRequest>(count);
        while (queries.Count < count)
        {
            var entry = entries[random.Next(entries.Count)];
            var words = entry.Title.Split([' ', '،', ':', '"', '«', '»', '(', ')', '-', '؟', '?', '!', '.'], StringSplitOptions.RemoveEmptyEntries)
                .Where(w => w.Length >= 3 && !Stopwords.Contains(w) && w.Any(c => c is >= '\u0621' and <= '\u064A'))
                .ToArray();
            if (words.Length < 3)
            {
                continue;
            }
            var at = random.Next(words.Length - 2);
            var request = (queries.Count % 8) switch
            {
                0 => new SearchRequest(words[at]),
                1 => new SearchRequest($"{words[at]} {words[at + 1]}"),
                2 => new SearchRequest($"\"{words[at]} {words[at + 1]}\""),
                3 => new SearchRequest(words[at]) { Outlet = entry.Outlet },
                4 => new SearchRequest($"{words[at]} {words[at + 2]}") with { From = MonthStart(entry.Published), To = MonthStart(entry.Published)?.AddMonths(1).AddDays(-1) },
                5 => new SearchRequest(words[at]) { Sort = SearchSort.Newest },
                6 => new SearchRequest($"{words[at]} OR {words[at + 1]}"),
                _ => new SearchRequest($"{words[at]} {words[at + 1]} -{words[at + 2]}"),
            };
            queries.Add(request);
        }
        return queries;
    }

    private static DateOnly? MonthStart(string? published) =>
        published is { Length: >= 7 } && DateOnly.TryParseExact(published[..7] + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            ? month
            : null;
}
