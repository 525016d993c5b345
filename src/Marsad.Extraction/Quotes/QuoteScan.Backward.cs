namespace Marsad.Extraction.Quotes;

/// <summary>Quote first: "«…»، قال X", "«…»، بحسب X", "قتل خمسة، وفقا للوزارة", and "بحسب X، فإن …".</summary>
internal sealed partial class QuoteScan
{
    /// <summary>The most tokens an attribution's noun phrase (بحسب بيان صادر عن وزارة الصحة) may take.</summary>
    private const int MaxAttributionTokens = 12;

    /// <summary>
    /// A reporting verb right after a closing mark, with at most a comma or dash between, speaks
    /// that quotation; its subject follows it up to the end of the clause.
    /// </summary>
    private Candidate? TryAfterQuote(int k, CueWord cue, int clitic)
    {
        if (!ClosedJustBefore(k, out QuoteRegion region) || !_claimed.Add(region.Open))
        {
            return null;
        }

        int sentence = _sentenceOf[k];
        int end = ClauseEnd(k + 1, _sentenceEnd[sentence], MaxClauseTokens);
        (int from, int to) = cue.Relay ? RelaySubject(k + 1, end) : ParseSubject(k + 1, end);
        (int start, int stop) = Inside(region);
        if (start >= stop)
        {
            return null;
        }

        return new Candidate
        {
            CueToken = k,
            Cue = cue,
            Clitic = clitic,
            Direct = true,
            Marked = true,
            Start = start,
            End = stop,
            ClauseToken = k,
            SubjectFrom = from,
            SubjectTo = to,
            Sentence = sentence,
            DateFrom = region.Close + 1,
            DateTo = end < _tokens.Count ? _tokens[end].Start : _text.Length,
        };
    }

    /// <summary>
    /// بحسب / حسب / وفقا لـ / نقلا عن X. Before the reported words at the head of a sentence
    /// ("وبحسب المصدر، فإن …": the words follow the comma or فإن); after them at its end ("«…»،
    /// بحسب X" or "قتل خمسة، بحسب الوزارة."). Elsewhere (حسب الخطة) it reports nothing.
    /// </summary>
    private Candidate? TryAttribution(int k, CueWord cue, int clitic)
    {
        int sentence = _sentenceOf[k];
        int first = _sentenceFirst[sentence];
        int end = _sentenceEnd[sentence];
        int word = k;
        int j = k + 1;
        bool ma = _tokens[k].Normalized.EndsWith("\u0645\u0627", StringComparison.Ordinal); // حسبما
        if (j < end && _tokens[j].Normalized is "\u0644" or "\u0639\u0646")
        {
            j++; // وفقا لـ، نقلا عن
        }
        else if (j < end && _tokens[j].Normalized == "\u0644\u0645\u0627")
        {
            j++; // وفقا لما
            ma = true;
        }

        if (!ma && j + 1 < end && _tokens[j].Normalized == "\u0645\u0627")
        {
            j++;
            ma = true;
        }

        if (ma && j < end)
        {
            // بحسب ما قال X، وفقا لما ذكرته X: the verb after ما, which may carry its object pronoun,
            // is the reporting word.
            if (VerbWithObject(j) is { } said)
            {
                (word, cue, clitic) = (j, said, 0);
            }

            j++;
        }

        int npStart = j;
        while (j < end && j - npStart < MaxAttributionTokens && !IsSeparator(j) && !IsSentenceStop(j)
            && !OpensRegion(j, out _) && !ClauseWords.IsComplementizerAfter(_tokens[j].Normalized, '\u0641'))
        {
            j++;
        }

        if (j == npStart)
        {
            return null;
        }

        int npEnd = npStart + 1;
        while (npEnd < j && !_dateStarts.Contains(_tokens[npEnd].Start) && !ClauseWords.IsTimeWord(_tokens[npEnd].Normalized))
        {
            npEnd++;
        }

        // After ما and its verb the subject is the verb's ("بحسب ما قاله مصدران لـCNN"); a bare
        // attribution names its source, or the author after ل ("بحسب بيان لوزارة الصحة").
        (int from, int to) = word != k ? ParseSubject(npStart, npEnd) : AttributedSubject(npStart, npEnd);
        if (word != k && from >= 0 && ClauseWords.IsChannel(_tokens[from].Base))
        {
            (from, to) = AttributedSubject(from, to); // "بحسب ما أورد بيان للرئاسة الفرنسية": the statement's author
        }
        bool atEnd = j == end || IsSentenceStop(j);
        int before = k - 1;
        if (atEnd && before >= first && (IsPunct(before, ',') || ClosesRegion(before, out _)))
        {
            return Attributed(word, cue, clitic, from, to, before, first, j);
        }

        bool atHead = k == first || IsPunct(k - 1, ',');
        if (!atHead || j >= end)
        {
            return null;
        }

        int c = IsSeparator(j) ? j + 1 : j;
        if (c < end && ClauseWords.IsComplementizerAfter(_tokens[c].Normalized, '\u0641'))
        {
            c++;
        }

        if (c >= end)
        {
            return null;
        }

        bool direct = OpensRegion(c, out QuoteRegion region) && _claimed.Add(region.Open);
        (int start, int stop) = direct ? Inside(region) : (_tokens[c].Start, _sentences[sentence].End);
        return start < stop ? Make(word, cue, clitic, direct, start, stop, from, to, _sentences[sentence].Start, start) : null;
    }

    /// <summary>A reporting verb as written after ما, with or without the object pronoun (أعلن، أكده، ذكرته، نقلتها).</summary>
    private CueWord? VerbWithObject(int i)
    {
        if (CueAt(i, out CueWord? cue) == 0 && cue!.Kind == CueKind.Verb)
        {
            return cue;
        }

        string word = _tokens[i].Normalized;
        foreach (string pronoun in (ReadOnlySpan<string>)["\u0647", "\u0647\u0627"])
        {
            if (word.Length > pronoun.Length + 2 && word.EndsWith(pronoun, StringComparison.Ordinal)
                && CueLexicon.TryGet(word[..^pronoun.Length], out CueWord? bare) == 0 && bare!.Kind == CueKind.Verb)
            {
                return bare;
            }
        }

        return null;
    }

    /// <summary>An attribution after the reported words: a closed quotation, or the sentence so far.</summary>
    private Candidate? Attributed(int k, CueWord cue, int clitic, int from, int to, int before, int first, int npEnd)
    {
        int sentence = _sentenceOf[k];
        int dateTo = npEnd < _tokens.Count ? _tokens[npEnd].Start : _text.Length;
        int q = IsPunct(before, ',') ? before - 1 : before;
        if (q >= first && ClosesRegion(q, out QuoteRegion region))
        {
            if (!_claimed.Add(region.Open))
            {
                return null;
            }

            (int start, int stop) = Inside(region);
            return start < stop ? Make(k, cue, clitic, true, start, stop, from, to, region.Close + 1, dateTo) : null;
        }

        // Only when nothing else in the sentence was reported: the words are all of it before the comma.
        if ((_found.Count > 0 && _found[^1].Sentence == sentence) || before - first < 2)
        {
            return null;
        }

        int textStart = _tokens[first].Start;
        return Make(k, cue, clitic, false, textStart, _tokens[before - 1].End, from, to, _tokens[before].Start, dateTo);
    }

    private Candidate Make(int k, CueWord cue, int clitic, bool direct, int start, int end, int from, int to, int dateFrom, int dateTo) => new()
    {
        CueToken = k,
        Cue = cue,
        Clitic = clitic,
        Direct = direct,
        Marked = direct,
        Start = start,
        End = end,
        ClauseToken = k,
        SubjectFrom = from,
        SubjectTo = to,
        Sentence = _sentenceOf[k],
        DateFrom = dateFrom,
        DateTo = dateTo,
    };

    /// <summary>Whether a closing mark stands right before token <paramref name="k"/> (a comma or dash may come between).</summary>
    private bool ClosedJustBefore(int k, out QuoteRegion region)
    {
        region = default;
        int j = k - 1;
        if (j >= 0 && (IsPunct(j, ',') || IsPunct(j, '-')))
        {
            j--;
        }

        return j >= 0 && ClosesRegion(j, out region);
    }

    /// <summary>The end of the clause after a post-quote verb: a stop, a comma before a new cue, a mark, إن/أن.</summary>
    private int ClauseEnd(int from, int sentenceEnd, int max)
    {
        int limit = Math.Min(sentenceEnd, from + max);
        int i = from;
        while (i < limit && !IsSentenceStop(i) && !OpensRegion(i, out _) && !IsComplementizerToken(i)
            && !IsCue(i))
        {
            i++;
        }

        return i;
    }
}
