using System.Globalization;
using System.Text.RegularExpressions;
using Marsad.Core.Stories;

namespace Marsad.Stories.Claims;

/// <summary>
/// A source that corrects another in so many words is a conflict of one sentence: "نحو 60 ألف
/// دونم خرجت من الزراعة، وليس 40 ألفا كما أعلنت الحكومة" gives the article's figure (60,000)
/// against the figure it says another gave (40,000, the government's). Read from the text: the
/// figure, a negation (وليس، لا، وليست، بدلا من), the corrected figure (which takes the first one's
/// unit when it has none), then whose figure it was (كما أعلن، مثلما ذكر، كما قالت، كما زعم …).
/// A copy corrects nothing again.
/// </summary>
internal static partial class ExplicitCorrections
{
    [GeneratedRegex(
        "(?<first>" + "(?:نحو|حوالي|قرابة|زهاء|أكثر من|أقل من)?\\s*(?<a>[0-9٠-٩]+(?:[.,٫][0-9٠-٩]+)?)\\s*(?<ascale>ألف|ألفا|آلاف|مليون|مليونا|ملايين|مليار|مليارا)?\\s*(?<unit>[\\p{L}]+)?" + ")"
        + "[^.!؟?\\n]{0,80}?[،,]?\\s*(?:وليس|وليست|ليس|لا|وليسوا|بدلا من|بدلاً من)\\s+"
        + "(?<second>" + "(?:نحو|حوالي|قرابة|زهاء|أكثر من|أقل من)?\\s*(?<b>[0-9٠-٩]+(?:[.,٫][0-9٠-٩]+)?)\\s*(?<bscale>ألف|ألفا|آلاف|مليون|مليونا|ملايين|مليار|مليارا)?" + ")"
        + "[^.!؟?\\n]{0,30}?\\s+(?:كما|مثلما|التي|الذي|الذين)\\s+(?<verb>أعلن\\p{L}*|ذكر\\p{L}*|قال\\p{L}*|أفاد\\p{L}*|زعم\\p{L}*|ادعى|ادعت|أكد\\p{L}*|تقول|يقول|يقولون|أورد\\p{L}*|روج\\p{L}*)"
        + "(?<who>\\s+[^.!؟?،,\\n]{1,40})?",
        RegexOptions.CultureInvariant)]
    private static partial Regex Correction();

    public static IReadOnlyList<Conflict> Find(IReadOnlyList<StoryDocument> documents, IReadOnlyDictionary<string, string> duplicateOf)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(duplicateOf);
        var found = new List<Conflict>();
        foreach (StoryDocument document in documents)
        {
            if (duplicateOf.ContainsKey(document.Id) || document.Article.Text is not { Length: > 0 } text)
            {
                continue;
            }
            foreach (Match match in Correction().Matches(text))
            {
                if (Value(match, "a") is not { } first || Value(match, "b") is not { } second || first == second)
                {
                    continue;
                }
                string unit = match.Groups["unit"].Success ? match.Groups["unit"].Value : "";
                string who = match.Groups["who"].Success ? match.Groups["who"].Value.Trim() : "";
                string asOf = document.Article.Published?.DateIso ?? ArticleYear.Inferred(document) ?? "";
                Group a = match.Groups["first"], b = match.Groups["second"];
                int aStart = a.Index + (a.Length - a.Value.TrimStart().Length);
                int aEnd = match.Groups["unit"].Success ? match.Groups["unit"].Index + match.Groups["unit"].Length : a.Index + a.Length;
                int bStart = b.Index + (b.Length - b.Value.TrimStart().Length);
                string? when = asOf.Length > 0 ? asOf : null;
                string outlet = document.Article.Outlet ?? document.Id;
                found.Add(new Conflict(
                    (unit.Length > 0 ? unit : "الرقم") + " — تصحيح صريح",
                    "conflict",
                    [
                        new Claim(new Evidence(document.Id, aStart, aEnd), first, when, outlet),
                        // The corrected figure's source is whom the article names for it, as the article tells it.
                        new Claim(new Evidence(document.Id, bStart, match.Index + match.Length), second, when,
                            who.Length > 0 ? $"{who} (كما نقلها {outlet})" : $"مصدر آخر (كما نقله {outlet})"),
                    ]));
            }
        }
        return found;
    }

    private static double? Value(Match match, string name)
    {
        string digits = new([.. match.Groups[name].Value.Select(c => c is >= '٠' and <= '٩' ? (char)('0' + (c - '٠')) : c is '٫' or ',' ? '.' : c)]);
        if (!double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
        {
            return null;
        }
        return match.Groups[name + "scale"].Value switch
        {
            "ألف" or "ألفا" or "آلاف" => value * 1_000,
            "مليون" or "مليونا" or "ملايين" => value * 1_000_000,
            "مليار" or "مليارا" => value * 1_000_000_000,
            _ => value,
        };
    }
}
