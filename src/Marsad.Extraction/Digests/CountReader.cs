using Marsad.Core.Analysis;
using Marsad.Core.Digests;
using Marsad.Extraction.Quantities;
using Marsad.Text.Lexicons;
using Marsad.Text.Tokenization;

namespace Marsad.Extraction.Digests;

/// <summary>
/// Reads one article's count claims from its quantities: what each counts (<see cref="CountLexicon"/>),
/// whom (the quantity's subject, a local entity), when (the date in its sentence nearest to it, else
/// the publication date), the range its wording allows, and the sentence as evidence. Every claim in
/// the article's order: the collection keeps the largest of several for one fact, subject and day
/// (tolls only grow, and the total comes with its breakdown, "قتل 20 بينهم 5 جنود"), since which
/// subjects are one actor is only known across articles.
/// </summary>
public static class CountReader
{
    /// <summary>How many words either side of a count a casualty word may stand (وأسفر عن مقتل 12 شخصا).</summary>
    private const int ContextWords = 3;

    /// <summary>How many days before publication a toll may be dated and still be the story's (a weekend's attack reported on Monday).</summary>
    private const int RecallDays = 7;

    /// <summary>Words that, after a counted noun, make the count an addition to an earlier one.</summary>
    private static readonly WordTable<bool> Increments = new(new[] { "آخرين", "آخرون", "إضافيين", "إضافيا" }.Select(w => KeyValuePair.Create(w, true)));

    /// <param name="sentences">The article's sentences, as the digest split them once.</param>
    public static List<CountDigest> Read(DocumentAnalysis analysis, IReadOnlyList<(int Start, int End)> sentences)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(sentences);
        var claims = new List<CountDigest>();
        string text = analysis.Article.Text ?? "";
        if (analysis.Quantities.Count == 0 || text.Length == 0)
        {
            return claims;
        }

        var tokens = new List<Token>();
        foreach (var quantity in analysis.Quantities)
        {
            if (quantity.Start < 0 || quantity.End > text.Length || quantity.Start >= quantity.End || double.IsNaN(quantity.Value))
            {
                continue;
            }

            (int start, int end) = Containing(sentences, quantity.Start, text.Length);
            tokens.Clear();
            ArabicTokenizer.Default.Tokenize(text.AsSpan(start, end - start), tokens);
            if (FactOf(quantity, tokens, quantity.Start - start, quantity.End - start) is not { } fact
                || IsIncrement(tokens, quantity.End - start)
                || (fact.Standing && IsMovement(tokens, quantity.Start - start)))
            {
                continue;
            }

            CountDigest claim = Make(analysis, quantity, fact, start, end);
            if (!IsEarlierToll(fact, claim.AsOf, analysis))
            {
                claims.Add(claim);
            }
        }

        return claims;
    }

    /// <summary>
    /// "مقتل 18 شخصا آخرين" counts the dead added since the last report, not the toll: an "other"
    /// right after the counted noun makes the figure an increment ("20 آخرون" alone is a toll of others).
    /// </summary>
    /// <summary>
    /// Verbs and nouns that move troops or people (سحب، إرسال، تعزيز، إجلاء، خفض): a count after
    /// one says how many move, not how many there are, so it is no standing count.
    /// </summary>
    private static readonly WordTable<bool> Movements = new(new[]
    {
        "سحب", "يسحب", "تسحب", "ستسحب", "سيسحب", "انسحاب", "انسحب", "انسحبت", "ينسحب", "تنسحب", "إرسال", "أرسل", "أرسلت",
        "يرسل", "ترسل", "سيرسل", "سترسل", "إضافة", "تعزيز", "إجلاء", "نقل", "خفض", "تخفيض", "تقليص", "إعادة", "عودة", "مغادرة", "غادر", "غادرت",
    }.Select(w => KeyValuePair.Create(w, true)));

    /// <summary>How many words before a count a movement word may stand (ستسحب نحو 3 آلاف جندي).</summary>
    private const int MovementReach = 3;

    private static bool IsMovement(List<Token> tokens, int start)
    {
        int at = tokens.FindIndex(t => t.End > start);
        if (at < 0)
        {
            return false;
        }
        for (int i = Math.Max(0, at - MovementReach); i < at; i++)
        {
            if (WordForms.TryGet(Movements, tokens[i], out _))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsIncrement(List<Token> tokens, int end)
    {
        int next = tokens.FindIndex(t => t.Start >= end);
        return next >= 0 && WordForms.TryGet(Increments, tokens[next], out _);
    }

    /// <summary>
    /// A death or injury toll dated well before the article's publication belongs to an earlier
    /// event the article recalls ("أسفرت عاصفة الشهر الماضي عن مقتل 15"), not to the story's own toll.
    /// Troop and other counts keep their dates: they describe a state that changes.
    /// </summary>
    private static bool IsEarlierToll(CountFact fact, string? asOf, DocumentAnalysis analysis) =>
        (fact == CountFact.Killed || fact == CountFact.Injured)
        && analysis.Article.Published?.Date is { } published
        && IsoDates.LastDay(asOf) is { } last
        && last.DayNumber < published.DayNumber - RecallDays;

    private static CountDigest Make(DocumentAnalysis analysis, QuantityItem quantity, CountFact fact, int start, int end)
    {
        // A standing count is stated in the present ("ينتشر 2500 جندي في العراق"): a date elsewhere in
        // its sentence usually dates something else (the coalition formed in 2014), so only a date
        // close to the figure dates it; otherwise it holds as of publication.
        int reach = fact.Standing ? StandingDateReach : int.MaxValue;
        string? asOf = NearestDate(analysis, start, end, quantity.Start, quantity.End, reach) ?? analysis.Article.Published?.DateIso;
        int? subject = quantity.Subject is int s && s >= 0 && s < analysis.Entities.Count ? s : null;
        (double low, double high) = CountRange.Of(quantity);
        return new CountDigest(start, end, fact.Key, quantity.Value, low, double.IsPositiveInfinity(high) ? null : high, asOf, subject);
    }

    /// <summary>
    /// The fact a count states: a casualty word next to a count of people decides; otherwise the
    /// counted noun; a count of money, time, measures or things states none of these facts.
    /// </summary>
    private static CountFact? FactOf(QuantityItem quantity, List<Token> tokens, int start, int end)
    {
        UnitClass unitClass = UnitClass.Open;
        CountFact? noun = null;
        if (ArabicTokenizer.Default.Tokenize(quantity.Unit ?? "").FirstOrDefault(t => t.Kind == TokenKind.ArabicWord) is { Normalized: not null } unit)
        {
            WordForms.TryGet(CountLexicon.Nouns, unit, out noun);
            _ = UnitLexicon.Lexicon.TryGet(unit.Base, out unitClass) || UnitLexicon.Lexicon.TryGet(unit.Normalized, out unitClass);
        }

        if (noun == CountFact.Killed || noun == CountFact.Injured)
        {
            return noun;
        }

        if (unitClass is UnitClass.Open or UnitClass.People && (NearbyVerb(tokens, start, end) ?? TollBefore(tokens, start)) is { } verb)
        {
            return verb;
        }

        return noun;
    }

    /// <summary>How many words before a count a toll phrase may stand (حصيلة قتلى الاحتجاجات على حدود قطاع غزة 55).</summary>
    private const int TollReach = 10;

    /// <summary>The casualty fact of a toll phrase (حصيلة/عدد + قتلى or جرحى) before the count, when no other number stands between.</summary>
    private static CountFact? TollBefore(List<Token> tokens, int start)
    {
        int first = tokens.FindIndex(t => t.End > start);
        for (int i = first - 2; i >= 0 && i >= first - TollReach; i--)
        {
            if (tokens[i + 1].Kind == TokenKind.Number)
            {
                return null;
            }
            if (WordForms.TryGet(CountLexicon.TollWords, tokens[i], out _)
                && WordForms.TryGet(CountLexicon.Nouns, tokens[i + 1], out CountFact? fact)
                && (fact == CountFact.Killed || fact == CountFact.Injured))
            {
                return fact;
            }
        }
        return null;
    }

    /// <summary>The casualty word nearest the count, looking first before it, then after its noun.</summary>
    private static CountFact? NearbyVerb(List<Token> tokens, int start, int end)
    {
        int first = tokens.FindIndex(t => t.End > start);
        if (first < 0)
        {
            return null;
        }

        for (int i = first - 1; i >= 0 && i >= first - ContextWords; i--)
        {
            if (WordForms.TryGet(CountLexicon.Verbs, tokens[i], out CountFact? fact))
            {
                return fact;
            }
        }

        int after = tokens.FindIndex(t => t.Start >= end);
        for (int i = after; i >= 0 && i < tokens.Count && i < after + ContextWords; i++)
        {
            if (WordForms.TryGet(CountLexicon.Verbs, tokens[i], out CountFact? fact))
            {
                return fact;
            }
        }

        return null;
    }

    /// <summary>How many characters from a standing count a date may stand and still date it ("في 2021 كان 2500 جندي").</summary>
    private const int StandingDateReach = 25;

    private static string? NearestDate(DocumentAnalysis analysis, int start, int end, int at, int atEnd, int reach)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (var date in analysis.Dates)
        {
            if (date.Value is null || IsoDates.FirstDay(date.Value) is null || date.Start < start || date.End > end)
            {
                continue;
            }

            int distance = date.Start >= atEnd ? date.Start - atEnd : Math.Max(0, at - date.End);
            if (distance < bestDistance && distance <= reach)
            {
                best = date.Value;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>The sentence holding <paramref name="offset"/>; the whole text when the splitter left it out.</summary>
    private static (int Start, int End) Containing(IReadOnlyList<(int Start, int End)> sentences, int offset, int length)
    {
        int lo = 0, hi = sentences.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (sentences[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else if (sentences[mid].Start > offset)
            {
                hi = mid - 1;
            }
            else
            {
                return sentences[mid];
            }
        }

        return (0, length);
    }
}
