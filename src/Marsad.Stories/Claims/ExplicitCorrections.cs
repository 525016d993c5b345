using System.Globalization;
using System.Text.RegularExpressions;
using Marsad.Core.Stories;

namespace Marsad.Stories.Claims;

/// <summary>
/// A source that corrects another in so many words is a conflict of one sentence: "نحو 60 ألف
/// دونم خرجت من الزراعة، وليس 40 ألفا كما أعلنت الحكومة" gives the article's figure (60,000)
/// against the figure it says another gave (40,000, the government's). Read from the text: the
/// figure, a negation (وليس، وليست، بدلا من), the corrected figure (which takes the first one's
/// unit when it has none), then whose figure it was (كما أعلن، مثلما ذكر، كما قالت، كما زعم …).
/// A figure the same source gave before ("كما أعلن سابقا") is a revision: a <c>change</c>.
/// A copy corrects nothing again.
/// </summary>
internal static partial class ExplicitCorrections
{
    private const string Approximation = "(?:(?:نحو|حوالي|قرابة|زهاء|أكثر من|أقل من)\\s+)?";

    private const string Figure = "(?<n>[0-9٠-٩]+(?:[.,٫][0-9٠-٩]+)?)\\s*(?<scale>ألف|ألفا|آلاف|مليون|مليونا|ملايين|مليار|مليارا)?";

    /// <summary>The negation that opens the correction; everything else is read in short windows around it, so the text is scanned once.</summary>
    [GeneratedRegex("(?<![\\p{L}])(?:وليس|وليست|ليس|بدلا من|بدلاً من)\\s+(?=" + Approximation + "[0-9٠-٩])", RegexOptions.CultureInvariant)]
    private static partial Regex Negation();

    /// <summary>A figure in the words before the negation (the last one there is the article's).</summary>
    [GeneratedRegex(Approximation + Figure + "(?:\\s+(?<unit>\\p{L}+))?", RegexOptions.CultureInvariant)]
    private static partial Regex FigureBefore();

    /// <summary>The corrected figure right after the negation, then whose it was: "40 ألفا كما أعلنت الحكومة".</summary>
    [GeneratedRegex("\\G" + Approximation + Figure + "[^.!؟?\\n]{0,30}?\\s(?:كما|مثلما|التي|الذي|الذين)\\s+(?<verb>أعلن\\p{L}*|ذكر\\p{L}*|قال\\p{L}*|أفاد\\p{L}*|زعم\\p{L}*|ادعى|ادعت|أكد\\p{L}*|تقول|يقول|يقولون|أورد\\p{L}*|روج\\p{L}*)(?<who>\\s+[^.!؟?،,\\n]{1,40})?", RegexOptions.CultureInvariant)]
    private static partial Regex Corrected();

    /// <summary>How far before the negation the article's figure may stand, within its sentence.</summary>
    private const int Reach = 100;

    /// <param name="read">Each document's corrections; <see cref="Read(StoryDocument)"/> when not given (a builder passes one that remembers).</param>
    public static IReadOnlyList<Conflict> Find(IReadOnlyList<StoryDocument> documents, IReadOnlyDictionary<string, string> duplicateOf, Func<StoryDocument, List<Conflict>>? read = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(duplicateOf);
        read ??= Read;
        return [.. documents.Where(d => !duplicateOf.ContainsKey(d.Id)).SelectMany(read)];
    }

    /// <summary>The corrections one article makes, read from its text alone.</summary>
    public static List<Conflict> Read(StoryDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var found = new List<Conflict>();
        if (document.Article.Text is not { Length: > 0 } text)
        {
            return found;
        }
        foreach (Match negation in Negation().Matches(text))
        {
            if (Read(document, text, negation) is { } conflict)
            {
                found.Add(conflict);
            }
        }
        return found;
    }

    /// <summary>Words after the corrected figure's verb that make it the same source's earlier figure ("كما أعلن سابقا"): a revision, so a change.</summary>
    private static readonly string[] Earlier = ["سابقا", "سابقاً", "من قبل", "قبل ذلك", "في وقت سابق", "مسبقا"];

    private static Conflict? Read(StoryDocument document, string text, Match negation)
    {
        Match corrected = Corrected().Match(text, negation.Index + negation.Length);
        if (!corrected.Success || negation.Index == 0)
        {
            return null;
        }
        int from = Math.Max(0, negation.Index - Reach);
        int sentenceStart = text.LastIndexOfAny(['.', '!', '؟', '?', '\n'], negation.Index - 1, negation.Index - from) + 1;
        from = Math.Max(from, sentenceStart);
        Match? first = null;
        for (Match m = FigureBefore().Match(text, from, negation.Index - from); m.Success; m = m.NextMatch())
        {
            first = m;
        }
        if (first is null || Value(first) is not { } value || Value(corrected) is not { } other || value == other)
        {
            return null;
        }
        string unit = first.Groups["unit"].Success ? first.Groups["unit"].Value : "";
        string who = corrected.Groups["who"].Success ? corrected.Groups["who"].Value.Trim() : "";
        string? when = document.Article.Published?.DateIso ?? ArticleYear.Inferred(document);
        string outlet = document.Article.Outlet ?? document.Id;
        string topic = (unit.Length > 0 ? unit : "الرقم") + " — تصحيح صريح";
        var stated = new Claim(new Evidence(document.Id, first.Index, first.Index + first.Length), value, when, outlet);
        var correctedEvidence = new Evidence(document.Id, corrected.Index, corrected.Index + corrected.Length);
        if (Earlier.Any(w => who.Contains(w, StringComparison.Ordinal)))
        {
            // "574 مليون يورو وليس 400 مليون كما ذكر بيريز من قبل": the figure was revised, earlier figure first.
            return new Conflict(topic, "change", [new Claim(correctedEvidence, other, null, $"{who} (كما نقلها {outlet})"), stated]);
        }
        // The corrected figure's source is whom the article names for it, as the article tells it.
        return new Conflict(topic, "conflict",
            [stated, new Claim(correctedEvidence, other, when, who.Length > 0 ? $"{who} (كما نقلها {outlet})" : $"مصدر آخر (كما نقله {outlet})")]);
    }

    private static double? Value(Match match)
    {
        string digits = new([.. match.Groups["n"].Value.Select(c => c is >= '٠' and <= '٩' ? (char)('0' + (c - '٠')) : c is '٫' or ',' ? '.' : c)]);
        if (!double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
        {
            return null;
        }
        return match.Groups["scale"].Value switch
        {
            "ألف" or "ألفا" or "آلاف" => value * 1_000,
            "مليون" or "مليونا" or "ملايين" => value * 1_000_000,
            "مليار" or "مليارا" => value * 1_000_000_000,
            _ => value,
        };
    }
}
