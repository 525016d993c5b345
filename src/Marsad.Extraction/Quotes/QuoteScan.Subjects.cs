using Marsad.Text.Tokenization;

namespace Marsad.Extraction.Quotes;

/// <summary>
/// Where the speaker is named: the noun phrase of the reporting clause, read with a few cheap rules
/// instead of a parser. The clause splits at commas; a piece that opens with a preposition or a
/// time word (في بيان، لـ"الجزيرة"، يوم الثلاثاء، من جهته) is an adjunct, any other piece is the
/// subject or an apposition to it (المتحدث باسم البنتاغون، باتريك رايدر), and an adjunct word inside
/// a piece ends the subject there (العوادي لـ"وكالة الأنباء").
/// </summary>
internal sealed partial class QuoteScan
{
    /// <summary>A subject longer than this is cut: a speaker's title rarely runs further.</summary>
    private const int MaxSubjectTokens = 12;

    /// <summary>How far back a speaker named before its verb may start ("وزارة الخارجية الأمريكية أعلنت").</summary>
    private const int MaxLeftSubjectTokens = 6;

    private const string InWord = "\u0641\u064A";

    /// <summary>The subject in tokens [from, to), as a token range, or (-1, -1) when the clause names none.</summary>
    private (int From, int To) ParseSubject(int from, int to)
    {
        int start = -1;
        int stop = -1;
        int i = from;
        while (i < to)
        {
            int pieceEnd = i;
            while (pieceEnd < to && !IsSeparator(pieceEnd))
            {
                pieceEnd++;
            }

            int head = i;
            while (head < pieceEnd && _tokens[head].Kind is TokenKind.Punctuation or TokenKind.Symbol)
            {
                head++;
            }

            if (head < pieceEnd)
            {
                if (IsAdjunctStart(head, atPieceStart: true))
                {
                    if (start >= 0)
                    {
                        break;
                    }

                    if (pieceEnd == head + 1 && _tokens[head].Normalized is "\u0644" or "\u0628" && pieceEnd < to && IsPunct(pieceEnd, '('))
                    {
                        // "قال لـ(CNN) إن": the bracketed word is the preposition's object, not the subject.
                        int close = pieceEnd + 1;
                        while (close < to && !IsPunct(close, ')'))
                        {
                            close++;
                        }

                        i = close + 1;
                        continue;
                    }
                }
                else
                {
                    int cut = head + 1;
                    while (cut < pieceEnd && !IsAdjunctStart(cut, atPieceStart: false))
                    {
                        if (_tokens[cut].Kind == TokenKind.Punctuation)
                        {
                            // A name in marks belongs to the subject (صحيفة "ميرور" البريطانية); other marks end it.
                            if (!OpensQuotedName(cut, pieceEnd, out int after))
                            {
                                break;
                            }

                            cut = after;
                            continue;
                        }

                        cut++;
                    }

                    start = start < 0 ? head : start;
                    stop = cut;
                    if (cut < pieceEnd)
                    {
                        break;
                    }
                }
            }

            i = pieceEnd + 1;
        }

        if (start < 0)
        {
            return (-1, -1);
        }

        return (start, Math.Min(stop, start + MaxSubjectTokens));
    }

    /// <summary>The most words a name written in quotation marks inside a subject has ("كوري ديلو سبورت").</summary>
    private const int MaxQuotedNameWords = 4;

    /// <summary>
    /// Whether token <paramref name="i"/> opens a short quotation that closes before
    /// <paramref name="pieceEnd"/> right after a word: a name in marks ("ميرور"، "دبي كانفس") rather
    /// than the quoted words. <paramref name="after"/> is the token after the closing mark.
    /// </summary>
    private bool OpensQuotedName(int i, int pieceEnd, out int after)
    {
        after = i;
        if (i == 0 || _tokens[i - 1].Kind != TokenKind.ArabicWord || !OpensRegion(i, out QuoteRegion region) || WordsIn(region) is 0 or > MaxQuotedNameWords)
        {
            return false;
        }

        int close = TokenAtOrAfter(region.Close);
        if (close >= pieceEnd)
        {
            return false;
        }

        after = close + 1;
        return true;
    }

    /// <summary>"نقلت رويترز عن مسؤول قوله إن": the speaker is after عن; without عن the relayer speaks.</summary>
    private (int From, int To) RelaySubject(int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (_tokens[i].Normalized == "\u0639\u0646")
            {
                int stop = i + 1;
                while (stop < to && !ClauseWords.IsRelayEnd(_tokens[stop].Normalized))
                {
                    stop++;
                }

                return ParseSubject(i + 1, stop);
            }
        }

        return ParseSubject(from, to);
    }

    /// <summary>"بحسب بيان لوزارة الصحة": a statement's author follows its ل; otherwise the whole phrase speaks.</summary>
    private (int From, int To) AttributedSubject(int from, int to)
    {
        for (int i = from + 1; i < to; i++)
        {
            Token token = _tokens[i];
            if (token.Normalized == "\u0644" && i + 1 < to)
            {
                return (i + 1, to);
            }

            if (HasPrepositionClitic(token, '\u0644'))
            {
                return (i, to);
            }
        }

        return (from, to);
    }

    /// <summary>
    /// A speaker named before a verb that has none after it: "السوداني قال إن", "وزارة الخارجية
    /// أعلنت أن", "الوزير الذي قال إن", "سيدة تدعى كاثرين، والتي ادعت أن", "وكانت الوزارة قد أكدت
    /// أن" (past كان and قد). Reads back to a comma, a mark, an earlier إن/أن or cue, or a
    /// word with و/ف (it opened the clause); a piece that opens with an adjunct or holds a date is
    /// no subject ("وفي هذا السياق أكد").
    /// </summary>
    private (int From, int To) LeftSubject(int k)
    {
        int first = _sentenceFirst[_sentenceOf[k]];
        int j = k - 1;
        if (j > first && ClauseWords.IsAlready(_tokens[j].Normalized))
        {
            j--; // "وكانت الوزارة قد أكدت"
        }

        // A relative with و (سيدة تدعى كاثرين، والتي ادعت) only before a verb with its own subject:
        // "… أصوات المقيمين بالخارج والتي يعتقد أنها" is impersonal, and names no speaker.
        if (j >= first && (ClauseWords.IsRelative(_tokens[j].Normalized)
            || (ClauseWords.IsRelative(_tokens[j].Base) && CueLexicon.TryGet(_tokens[k].Normalized, out CueWord? verb) >= 0 && !verb!.Impersonal)))
        {
            j--;
            if (j > first && IsPunct(j, ','))
            {
                j--; // "البيان الشيوعي، الذي قال إن"
            }
        }

        if (j > first && IsPunct(j, ',') && ApposedBefore(j, first) is int apposition and >= 0)
        {
            // "لكن الدكتورة برناديت مور، رئيسة الباحثين في الدراسة، قالت": the name before the apposition.
            int named = LeftSubject(apposition).From;
            return named >= 0 ? (named, j) : (-1, -1);
        }

        int to = j + 1;
        while (j >= first && to - j <= MaxLeftSubjectTokens)
        {
            Token token = _tokens[j];
            if (token.Kind is TokenKind.Punctuation or TokenKind.Symbol || IsComplementizerToken(j)
                || ClauseWords.IsComplementizerAfter(token.Normalized, '\u0641') || ClauseWords.OpensClause(token.Normalized)
                || IsCue(j))
            {
                break;
            }

            j--;
            if (token.ProcliticLength > 0 && token.Normalized[0] is '\u0648' or '\u0641')
            {
                break;
            }
        }

        int from = j + 1;
        while (from < to && ClauseWords.IsWas(_tokens[from].Normalized))
        {
            from++; // "وكان الرزاز غرد": كان opens the clause, its subject speaks
        }

        if (from < to && IsAdjunctStart(from, atPieceStart: true) && ClauseWords.OpensClause(_tokens[Math.Max(first, from - 1)].Normalized))
        {
            // Right after أما/لكن a word that looks like ب + noun is a title (بروفسور روتر), not a preposition:
            // the subject starts at the first name in it.
            int named = from + 1;
            while (named < to && !_entityStarts.Contains(_tokens[named].Start))
            {
                named++;
            }

            from = named;
        }

        if (from >= to || IsAdjunctStart(from, atPieceStart: true))
        {
            return (-1, -1);
        }

        for (int i = from; i < to; i++)
        {
            if (_dateStarts.Contains(_tokens[i].Start))
            {
                return (-1, -1);
            }
        }

        return (from, to);
    }

    /// <summary>The most words an apposition between a subject and its verb may take ("، رئيسة الباحثين في هذه الدراسة،").</summary>
    private const int MaxApposedTokens = 8;

    /// <summary>
    /// The comma that opens an apposition closed by the comma at <paramref name="close"/>: the
    /// words between are a short description with no cue, إن/أن, mark or stop in them; -1 otherwise.
    /// </summary>
    private int ApposedBefore(int close, int first)
    {
        for (int i = close - 1; i >= first && close - i <= MaxApposedTokens + 1; i--)
        {
            Token token = _tokens[i];
            if (IsPunct(i, ','))
            {
                return i < close - 1 && i > first ? i : -1;
            }

            if (token.Kind is TokenKind.Punctuation or TokenKind.Symbol || IsComplementizerToken(i)
                || IsCue(i))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>How far back from its verb an أما may open the topic ("أما طوني سمعان الذي يعمل في شركة روتانا … فقد أكد").</summary>
    private const int MaxTopicReach = 20;

    /// <summary>
    /// The topic an أما opens when the verb at <paramref name="k"/> answers it with ف — on the verb
    /// (فأوضحت), written apart (ف قالت) or on قد (فقد أكد): the words after أما up to a relative
    /// pronoun, a comma or the ف. (-1, -1) when the verb answers no أما.
    /// </summary>
    private (int From, int To) AmmaTopic(int k)
    {
        int fa = _tokens[k].Normalized[0] == '\u0641' ? k
            : k > 0 && _tokens[k - 1].Normalized is "\u0641" or "\u0641\u0642\u062F" ? k - 1
            : -1;
        if (fa < 0)
        {
            return (-1, -1);
        }

        int first = _sentenceFirst[_sentenceOf[k]];
        for (int a = fa - 1; a >= first && fa - a <= MaxTopicReach; a--)
        {
            if (IsSentenceStop(a))
            {
                break;
            }

            if (_tokens[a].Normalized != Amma)
            {
                continue;
            }

            int to = a + 1;
            while (to < fa && _tokens[to].Kind != TokenKind.Punctuation && !ClauseWords.IsRelative(_tokens[to].Normalized))
            {
                to++;
            }

            return to > a + 1 ? (a + 1, to) : (-1, -1);
        }

        return (-1, -1);
    }

    private static readonly string Amma = Marsad.Text.Normalization.ArabicNormalizer.Default.NormalizeTerm("\u0623\u0645\u0627");

    /// <summary>
    /// Whether token <paramref name="i"/> opens an adjunct. A recognised name starting exactly at the
    /// token is never one, whatever its first letter ("بلينكن" is no ب + لينكن).
    /// </summary>
    private bool IsAdjunctStart(int i, bool atPieceStart)
    {
        Token token = _tokens[i];
        if (_dateStarts.Contains(token.Start))
        {
            return true;
        }

        if (token.Kind != TokenKind.ArabicWord || _entityStarts.Contains(token.Start))
        {
            return false;
        }

        string normalized = token.Normalized;
        if (normalized == InWord && !atPieceStart)
        {
            // Inside a subject, في belongs to the title unless a channel, a time or a date follows.
            return i + 1 < _tokens.Count
                && (_tokens[i + 1].Kind == TokenKind.Number || _dateStarts.Contains(_tokens[i + 1].Start)
                    || ClauseWords.IsChannel(_tokens[i + 1].Base) || ClauseWords.IsAdjunctWord(_tokens[i + 1].Normalized));
        }

        if (ClauseWords.IsAdjunctWord(normalized))
        {
            return true;
        }

        if (atPieceStart && normalized is "\u0645\u0646" or "\u0648\u0645\u0646")
        {
            return true; // من جهته، من جانبها
        }

        if (normalized is "\u0644" or "\u0628")
        {
            return true; // لـ"الجزيرة"، بـ"…"
        }

        if (normalized == ClauseWords.OnBehalfOf)
        {
            return false;
        }

        if (!atPieceStart && HasPrepositionClitic(token, '\u0644'))
        {
            // Inside a subject a word with ل usually continues a construct ("مركز الساحل للدراسات",
            // "الأمين العام للأمم المتحدة"); it opens an adjunct when it says whom the words were
            // told to or where ("قال العوادي لوكالة الأنباء", "في تصريح للصحفيين").
            return ClauseWords.IsAddressee(token.Base) || ClauseWords.IsChannel(token.Base);
        }

        return HasPrepositionClitic(token, '\u0644') || HasPrepositionClitic(token, '\u0628');
    }

    /// <summary>Whether the token's proclitics hold the preposition (after an optional و/ف): للصحفيين، بدوره.</summary>
    private static bool HasPrepositionClitic(Token token, char preposition)
    {
        int length = token.ProcliticLength;
        if (length == 0)
        {
            return false;
        }

        string normalized = token.Normalized;
        int at = normalized[0] is '\u0648' or '\u0641' ? 1 : 0;
        return at < length && normalized[at] == preposition;
    }
}
