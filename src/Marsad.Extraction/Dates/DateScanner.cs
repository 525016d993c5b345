using System.Text.RegularExpressions;

namespace Marsad.Extraction.Dates;

/// <summary>
/// One left-to-right pass of <see cref="DatePatterns.Date"/> over normalised text. A match that
/// does not hold up is retried one character later, so a weaker reading at the same place (a
/// year after "منذ عام") still gets its chance; accepted dates never overlap.
/// </summary>
internal static class DateScanner
{
    public static List<Candidate> Scan(string normalized)
    {
        var candidates = new List<Candidate>();
        Candidate? previous = null;
        int position = 0;
        while (position < normalized.Length)
        {
            Match match = DatePatterns.Date.Match(normalized, position);
            if (!match.Success)
            {
                break;
            }

            if (DateCandidates.Read(match, normalized, previous) is not { } found)
            {
                position = match.Index + 1;
                continue;
            }

            candidates.Add(found);
            previous = found;
            position = Math.Max(found.End, match.Index + 1);
        }

        return candidates;
    }
}
