using Marsad.Text.Tokenization;

namespace Marsad.Extraction.Quotes;

/// <summary>Cue first: "قال X إن …", "وقالت X، في بيان: «…»", "وأضاف أن …", "مشيرا إلى أن …".</summary>
internal sealed partial class QuoteScan
{
    /// <summary>How far a reporting clause may run from its verb to إن/أن or the opening mark.</summary>
    private const int MaxClauseTokens = 24;

    /// <summary>
    /// A date before the verb belongs to its clause only when the verb comes this early in the
    /// sentence ("في 28 يناير 2024، أعلن …"); deeper in, it dates some other event.
    /// </summary>
    private const int MaxDateLead = 10;

    /// <summary>
    /// How far after its verb an object's preposition may stand: past the subject, not deep in a
    /// later clause ("أعلنت عنها الوزارة … بعد تقارير عن تفاهمات").
    /// </summary>
    private const int MaxObjectLead = 8;

    /// <summary>A quotation this short inside the clause is an aside (لـ"الجزيرة"), not the quote.</summary>
    private const int MaxAsideWords = 3;

    /// <summary>
    /// Reads the clause after a verb or participle up to its complement: إن/أن/بأن (after على/إلى/من
    /// too), a colon, or an opening mark. Gives up at the sentence end, at another cue (then this
    /// word reported nothing) or after <see cref="MaxClauseTokens"/> tokens.
    /// </summary>
    private Candidate? TryForward(int k, CueWord cue, int clitic) => TryClause(k, cue, clitic) ?? NominalObject(k, cue, clitic);

    private Candidate? TryClause(int k, CueWord cue, int clitic)
    {
        int sentence = _sentenceOf[k];
        int end = _sentenceEnd[sentence];
        int limit = Math.Min(end, k + 1 + MaxClauseTokens);
        for (int i = k + 1; i < limit; i++)
        {
            Token token = _tokens[i];
            if (token.Kind == TokenKind.Punctuation)
            {
                if (OpensRegion(i, out QuoteRegion region))
                {
                    if (!cue.Bare || IsAside(region, end))
                    {
                        i = TokenAtOrAfter(region.Close);
                        continue;
                    }

                    return DirectAfterVerb(k, cue, clitic, i, region);
                }

                if (IsSentenceStop(i))
                {
                    return null;
                }

                if (IsPunct(i, ':') && i + 1 < end && !IsComplementizerToken(i + 1))
                {
                    return OpensRegion(i + 1, out QuoteRegion quoted)
                        ? DirectAfterVerb(k, cue, clitic, i, quoted)
                        : SpeechAfterColon(k, cue, clitic, i, end);
                }

                continue;
            }

            if (token.Kind != TokenKind.ArabicWord)
            {
                continue;
            }

            if (IsComplementizerToken(i))
            {
                if (i > k + 1 && ClauseWords.BlocksComplementizer(_tokens[i - 1].Normalized))
                {
                    continue;
                }

                if (i + 1 >= end)
                {
                    return null;
                }

                return OpensRegion(i + 1, out QuoteRegion quoted)
                    ? DirectAfterVerb(k, cue, clitic, i, quoted)
                    : After(k, cue, clitic, i, direct: false, start: _tokens[i + 1].Start, end: _sentences[sentence].End);
            }

            if (cue.Object is { } preposition && token.Normalized == preposition && i + 1 < end && WordsBetween(k, i) <= MaxObjectLead
                && !Subordinate(k)
                && _tokens[i + 1].Kind == TokenKind.ArabicWord && !IsComplementizerToken(i + 1)
                && !ClauseWords.IsPrepositionalIdiom(_tokens[i + 1].Normalized) && !ClauseWords.IsChannel(_tokens[i + 1].Base))
            {
                // "أعلن الجيش عن مقتل قائد …": the object states what was announced (not after لم/لن,
                // nor a channel: "أكد على حسابه").
                return After(k, cue, clitic, i, direct: false, start: _tokens[i + 1].Start, end: _sentences[sentence].End);
            }

            if (IsCue(i))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>How many words (not marks) stand between tokens <paramref name="from"/> and <paramref name="to"/>.</summary>
    private int WordsBetween(int from, int to)
    {
        int words = 0;
        for (int i = from + 1; i < to; i++)
        {
            if (_tokens[i].Kind is TokenKind.ArabicWord or TokenKind.LatinWord or TokenKind.Number)
            {
                words++;
            }
        }

        return words;
    }

    /// <summary>Whether the verb at <paramref name="k"/> is negated (لم تعلن) or in a relative clause (التي أعلنت): it then states nothing through its object.</summary>
    private bool Subordinate(int k) =>
        k > 0 && (ClauseWords.IsRelative(_tokens[k - 1].Normalized) || ClauseWords.IsNegation(_tokens[k - 1].Normalized));

    /// <summary>How many words a named subject may be preceded by in its title ("أعلن الرئيس الأمريكي دونالد ترامب").</summary>
    private const int MaxTitleWords = 3;

    /// <summary>
    /// "أعلنت أرامكو السعودية تعيين خمسة أعضاء"، "نفى ترامب وجود خطط": a verb that states through
    /// its direct object (<see cref="CueWord.NounObject"/>), a recognised name as its subject right
    /// after it (a title or two before the name allowed), time adjuncts after the name skipped
    /// ("، مساء الخميس،"), and a word that opens no adjunct, clause or other report: the object, and
    /// with it the rest of the sentence, is what was stated.
    /// </summary>
    private Candidate? NominalObject(int k, CueWord cue, int clitic)
    {
        if (!cue.NounObject || Subordinate(k))
        {
            return null;
        }

        int sentence = _sentenceOf[k];
        int end = _sentenceEnd[sentence];
        int i = k + 1;
        while (i < end && i - k <= MaxTitleWords && _tokens[i].Kind == TokenKind.ArabicWord && !_entityStarts.Contains(_tokens[i].Start))
        {
            i++;
        }

        int named = i < end ? FirstEntityEndingAfter(_tokens[i].Start) : _entities.Count;
        if (i >= end || named >= _entities.Count || _entities[named].Start != _tokens[i].Start)
        {
            return null;
        }

        int subjectEnd = TokenAtOrAfter(_entities[named].End);
        int o = subjectEnd;
        while (o < end)
        {
            if (IsPunct(o, ','))
            {
                // A short adjunct between commas: "، مساء الخميس،", "، الجمعة،".
                int close = o + 1;
                while (close < end && close - o <= 4 && !IsPunct(close, ','))
                {
                    close++;
                }

                if (close >= end || !IsPunct(close, ',') || !IsTimeAdjunct(o + 1, close))
                {
                    break;
                }

                o = close + 1;
                continue;
            }

            if (IsTimeAdjunct(o, o + 1))
            {
                o++;
                continue;
            }

            break;
        }

        if (o >= end || _tokens[o].Kind != TokenKind.ArabicWord || IsComplementizerToken(o) || IsCue(o)
            || IsAdjunctStart(o, atPieceStart: true) || _entityStarts.Contains(_tokens[o].Start) || ClauseWords.IsRelative(_tokens[o].Normalized))
        {
            return null;
        }

        return After(k, cue, clitic, o, direct: false, start: _tokens[o].Start, end: _sentences[sentence].End);
    }

    /// <summary>Whether tokens [from, to) are a time adjunct: dates, time words and the days of the week.</summary>
    private bool IsTimeAdjunct(int from, int to)
    {
        if (from >= to)
        {
            return false;
        }

        for (int i = from; i < to; i++)
        {
            if (!(_dateStarts.Contains(_tokens[i].Start) || ClauseWords.IsTimeWord(_tokens[i].Normalized)
                || (i > from && _tokens[i].Kind == TokenKind.ArabicWord && ClauseWords.IsTimeWord(_tokens[i].Base))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "وقال: الوضع خطير." — words after a colon with no closing mark are still the speaker's own;
    /// a stray unclosed mark before them is left out of the span.
    /// </summary>
    private Candidate? SpeechAfterColon(int k, CueWord cue, int clitic, int colon, int end)
    {
        int first = colon + 1;
        while (first < end && _tokens[first].Kind is TokenKind.Punctuation or TokenKind.Symbol)
        {
            first++;
        }

        return first < end
            ? After(k, cue, clitic, colon, direct: true, start: _tokens[first].Start, end: _sentences[_sentenceOf[k]].End)
            : null;
    }

    /// <summary>
    /// The subject of a participle or masdar: that of a reporting verb earlier in its sentence which
    /// found no words of its own ("وكتب X على منصة إكس، قائلا: …"); none otherwise (a continuation).
    /// </summary>
    private (int From, int To) PendingSubject(int k)
    {
        int verb = _pendingVerb;
        if (verb < 0 || _sentenceOf[verb] != _sentenceOf[k])
        {
            return (-1, -1);
        }

        int clitic = CueLexicon.TryGet(_tokens[verb].Normalized, out CueWord? cue);
        if (cue!.Relay)
        {
            return RelaySubject(verb + 1, k);
        }

        // The verb's subject after it, else one named before it ("وكان الرزاز غرد على تويتر قائلا إن").
        (int from, int to) = ParseSubject(verb + 1, k);
        return from < 0 && clitic == 0 && cue.Kind == CueKind.Verb ? LeftSubject(verb) : (from, to);
    }

    /// <summary>
    /// إن، أن with their pronouns, and بأن: the words after which the reported clause begins. Not
    /// a word inside a name ("بنك بي إن بي باريبا"): there إن spells a letter.
    /// </summary>
    private bool IsComplementizerToken(int i)
    {
        Token token = _tokens[i];
        if (!ClauseWords.IsComplementizer(token.Normalized) && !ClauseWords.IsComplementizerAfter(token.Normalized, '\u0628'))
        {
            return false;
        }

        int entity = FirstEntityEndingAfter(token.Start);
        return entity >= _entities.Count || _entities[entity].Start > token.Start || _entities[entity].End < token.End;
    }

    /// <summary>
    /// A short quotation that the clause runs on past — an addressee or channel in marks
    /// (قال لـ"الجزيرة" إن) — as opposed to the quoted words, which end the clause or the sentence.
    /// </summary>
    private bool IsAside(QuoteRegion region, int sentenceEnd)
    {
        int next = TokenAtOrAfter(region.Close + 1);
        return next < sentenceEnd && !IsSentenceStop(next) && WordsIn(region) <= MaxAsideWords;
    }

    private Candidate? DirectAfterVerb(int k, CueWord cue, int clitic, int clauseEnd, QuoteRegion region)
    {
        if (!_claimed.Add(region.Open))
        {
            return null;
        }

        (int start, int end) = Inside(region);
        return start < end ? After(k, cue, clitic, clauseEnd, direct: true, start, end, marked: true) : null;
    }

    /// <summary>The words between a pair of marks, without the white space or stray marks just inside them.</summary>
    private (int Start, int End) Inside(QuoteRegion region)
    {
        int start = region.Open + 1;
        int end = region.Close;
        while (start < end && IsEdgeNoise(_text[start]))
        {
            start++;
        }

        while (end > start && IsEdgeNoise(_text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    private static bool IsEdgeNoise(char c) => char.IsWhiteSpace(c) || QuoteMarks.IsMark(c);

    /// <summary>
    /// Builds the candidate for a cue whose clause [k + 1, clauseEnd) was read: the speaker named in
    /// it, or before the verb ("السوداني قال إن"), or none (a continuation: "وأضاف أن").
    /// </summary>
    private Candidate? After(int k, CueWord cue, int clitic, int clauseEnd, bool direct, int start, int end, bool marked = false)
    {
        (int from, int to) = cue.Kind != CueKind.Verb ? PendingSubject(k)
            : cue.Relay ? RelaySubject(k + 1, clauseEnd)
            : ParseSubject(k + 1, clauseEnd);
        int clauseToken = k;
        if (from < 0 && cue.Kind == CueKind.Verb)
        {
            (from, to) = AmmaTopic(k);
            if (from < 0 && clitic == 0)
            {
                (from, to) = LeftSubject(k);
            }

            if (from >= 0)
            {
                clauseToken = from;
            }
        }

        if (from < 0 && cue.Impersonal)
        {
            return null;
        }

        int sentence = _sentenceOf[k];
        if (cue.Kind == CueKind.Participle && ClauseWords.IsSaying(_tokens[k].Base) && _pendingVerb >= 0 && _sentenceOf[_pendingVerb] == _sentenceOf[k])
        {
            // "وأضاف الخضر قائلا: …": قائلا only hands over to the words; the verb reports them.
            k = _pendingVerb;
            clitic = CueAt(k, out CueWord? verb);
            cue = verb!;
        }

        return new Candidate
        {
            CueToken = k,
            Cue = cue,
            Clitic = clitic,
            Direct = direct,
            Marked = marked,
            Start = start,
            End = end,
            ClauseToken = clauseToken,
            SubjectFrom = from,
            SubjectTo = to,
            Sentence = sentence,
            DateFrom = k - _sentenceFirst[sentence] <= MaxDateLead ? _sentences[sentence].Start : _tokens[clauseToken].Start,
            DateTo = start,
        };
    }
}
