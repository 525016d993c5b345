using Marsad.Core.Analysis;
using Marsad.Core.Digests;
using Marsad.Text.Lexicons;
using Marsad.Text.Tokenization;

namespace Marsad.Extraction.Digests;

/// <summary>
/// Finds the dated events of one document, sentence by sentence. The date of an event is the
/// sentence's resolved date nearest its trigger (relative ones such as أمس or الأربعاء arrive
/// resolved from extraction); failing that, the publication date, but only when a past-tense verb
/// reports the event — an undated past event in a news article is that day's news, while an
/// undated plan or a noun on its own (الانسحاب) says nothing about when. Undated events are dropped.
/// </summary>
public static class EventFinder
{
    /// <summary>Sentences longer than this are page furniture or lists, not a report of one event.</summary>
    private const int MaxSentence = 1200;

    /// <param name="tokens">The article's tokens (an <see cref="Marsad.Text.AnalyzedText"/>'s): the lexicon lookups skip every word no table may hold.</param>
    /// <param name="sentences">The article's sentences, as the digest split them once.</param>
    public static List<EventDigest> Find(DocumentAnalysis doc, IReadOnlyList<Token> tokens, IReadOnlyList<(int Start, int End)> sentences)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        var events = new List<EventDigest>();
        string text = doc.Article.Text ?? "";
        if (text.Length == 0)
        {
            return events;
        }

        DateOnly? published = doc.Article.Published?.Date;
        int t = 0;
        foreach ((int start, int end) in sentences)
        {
            while (t < tokens.Count && tokens[t].Start < start)
            {
                t++;
            }

            int from = t;
            while (t < tokens.Count && tokens[t].End <= end)
            {
                t++;
            }

            if (end - start > MaxSentence || t == from)
            {
                continue;
            }

            AddSentence(doc, tokens, from, t, start, end, published, events);
        }

        return events;
    }

    private static void AddSentence(
        DocumentAnalysis doc, IReadOnlyList<Token> tokens, int from, int to, int start, int end, DateOnly? published, List<EventDigest> events)
    {
        SentenceTriggers triggers = SentenceTriggers.Read(tokens, from, to);
        IReadOnlyList<string>? head = null;
        foreach ((string kind, int token) in triggers.Events())
        {
            if (InDirectQuote(doc, tokens[token]))
            {
                continue;
            }

            string? date = NearestDate(doc, start, end, tokens[token].Start);
            // A plan or deadline is ahead by nature, unless its date has passed (بحلول عام 2000 in a 2018 article).
            bool planned = (kind is EventKinds.Plan or EventKinds.Deadline && !(IsoDates.LastDay(date) < published))
                || WordForms.HasFuturePrefix(tokens[token])
                || FutureMarkerBefore(tokens, from, token)
                || (published is { } day && IsoDates.FirstDay(date) > day);
            bool fromPublication = false;
            if (date is null && !planned && triggers.HasPastVerb && published is { } pub)
            {
                date = IsoDates.Format(pub);
                fromPublication = true;
            }

            if (date is null)
            {
                continue;
            }

            IReadOnlyList<string> words = planned ? head ??= EventHeads.Of(doc, start, end) : [];
            events.Add(new EventDigest(start, end, kind, date, fromPublication, planned, WordPool.Share(words)));
        }
    }

    /// <summary>The resolved date inside the sentence nearest to the trigger; null when there is none.</summary>
    private static string? NearestDate(DocumentAnalysis doc, int start, int end, int trigger)
    {
        DateMention? best = null;
        int bestDistance = int.MaxValue;
        foreach (var date in doc.Dates)
        {
            if (date.Value is null || IsoDates.FirstDay(date.Value) is null || date.Start < start || date.End > end
                || AfterSince(doc.Article.Text, date.Start))
            {
                continue;
            }

            int distance = date.Start >= trigger ? date.Start - trigger : trigger - date.End;
            if (distance < bestDistance)
            {
                best = date;
                bestDistance = distance;
            }
        }

        return best?.Value;
    }

    /// <summary>
    /// Whether the date follows منذ (since): "أول انتخابات منذ 2009" is an election now, not in 2009,
    /// and extraction leaves the word outside the date's span.
    /// </summary>
    private static bool AfterSince(string text, int dateStart)
    {
        ReadOnlySpan<char> before = text.AsSpan(0, dateStart).TrimEnd();
        return before.EndsWith("منذ", StringComparison.Ordinal)
            && (before.Length == 3 || !char.IsLetter(before[^4]) || before[^4] == 'و');
    }

    /// <summary>Whether the token lies in a direct quotation: the speaker's words, not a report that the event took place.</summary>
    private static bool InDirectQuote(DocumentAnalysis doc, in Token token)
    {
        foreach (var quote in doc.Quotes)
        {
            if (quote.Direct && token.Start >= quote.Start && token.End <= quote.End)
            {
                return true;
            }
        }

        return false;
    }

    private static bool FutureMarkerBefore(IReadOnlyList<Token> tokens, int from, int trigger)
    {
        for (int i = Math.Max(from, trigger - FutureMarkers.Window); i < trigger; i++)
        {
            if (WordForms.TryGet(FutureMarkers.Lexicon, tokens[i], out _)
                || (trigger - i <= FutureMarkers.PrefixWindow && WordForms.HasFuturePrefix(tokens[i])))
            {
                return true;
            }
        }

        return false;
    }
}
