using Marsad.Core.Analysis;
using Marsad.Extraction.Entities;
using Marsad.Text.Sentences;
using Marsad.Text.Tokenization;

namespace Marsad.Extraction.Quotes;

/// <summary>
/// The state of one <see cref="QuoteFinder.Find(string, IReadOnlyList{Entities.EntityMention}, IReadOnlyList{DateMention})"/> call: the article's tokens, sentences and
/// quotation-mark pairs, and the quotes found so far. One forward pass looks each word up in the
/// <see cref="CueLexicon"/> and, for a cue, reads the reporting clause around it (partial files by
/// pattern); a second pass settles where indirect quotes end, picks dates and resolves speakers in
/// article order. Never shared between threads.
/// </summary>
internal sealed partial class QuoteScan
{
    private readonly string _text;
    private readonly IReadOnlyList<EntityMention> _entities;
    private readonly DateMention[] _datesByStart;
    private readonly List<Token> _tokens = [];
    private readonly List<(int Start, int End)> _sentences;
    private readonly int[] _sentenceOf;
    private readonly int[] _sentenceFirst;
    private readonly int[] _sentenceEnd;
    private readonly Dictionary<int, QuoteRegion> _regionByOpen = [];
    private readonly Dictionary<int, QuoteRegion> _regionByClose = [];
    private readonly HashSet<int> _claimed = [];
    private readonly HashSet<int> _entityStarts = [];
    private readonly HashSet<int> _dateStarts = [];
    private readonly List<Candidate> _found = [];

    /// <summary>The last reporting verb that found no words of its own; a participle after it shares its subject.</summary>
    private int _pendingVerb = -1;

    /// <summary>
    /// Speakers named by a reporting verb that reported no words ("أكد الوزير في بيان بدء
    /// الاجتماعات"): a later "وأكد أنه …" still refers to them. Token of the verb, subject range, agreement.
    /// </summary>
    private readonly List<(int Cue, int From, int To, Gender Gender)> _namedOnly = [];

    /// <param name="tokens">The article's tokens from <see cref="ArabicTokenizer.Tokenize(string, List{Token})"/>, when the caller has them.</param>
    /// <param name="sentences">The article's sentences from <see cref="SentenceSplitter.Default"/>, when the caller has them.</param>
    public QuoteScan(string text, IReadOnlyList<EntityMention> entities, IReadOnlyList<DateMention> dates, IReadOnlyList<Token>? tokens = null, IReadOnlyList<(int Start, int End)>? sentences = null)
    {
        _text = text;
        _entities = entities;
        _datesByStart = [.. dates];
        Array.Sort(_datesByStart, (a, b) => a.Start.CompareTo(b.Start));
        if (tokens is null)
        {
            ArabicTokenizer.Default.Tokenize(text, _tokens);
        }
        else
        {
            _tokens.AddRange(tokens);
        }

        _sentences = sentences is null ? new List<(int Start, int End)>() : [.. sentences];
        if (sentences is null)
        {
            SentenceSplitter.Default.Split(text, _sentences);
        }
        _sentenceOf = new int[_tokens.Count];
        _sentenceFirst = new int[Math.Max(1, _sentences.Count)];
        _sentenceEnd = new int[Math.Max(1, _sentences.Count)];
        MapSentences();
        foreach (QuoteRegion region in QuoteMarks.Find(text))
        {
            _regionByOpen[region.Open] = region;
            _regionByClose[region.Close] = region;
        }

        foreach (EntityMention entity in entities)
        {
            _entityStarts.Add(entity.Start);
        }

        foreach (DateMention date in dates)
        {
            _dateStarts.Add(date.Start);
        }
    }

    public List<QuoteMention> Run()
    {
        if (_sentences.Count == 0)
        {
            return [];
        }

        int skipUntil = 0;
        for (int k = 0; k < _tokens.Count; k++)
        {
            Token token = _tokens[k];
            if (token.Start < skipUntil || token.Kind != TokenKind.ArabicWord || (_found.Count > 0 && _found[^1].CueToken == k))
            {
                // The last clause read may have taken this word as its reporting verb (بحسب ما أورد بيان …).
                continue;
            }

            int clitic = CueAt(k, out CueWord? cue);
            if (clitic < 0)
            {
                continue;
            }

            Candidate? found = cue!.Kind == CueKind.Attribution
                ? TryAttribution(k, cue, clitic)
                : TryForward(k, cue, clitic) ?? (cue.Kind == CueKind.Verb ? TryAfterQuote(k, cue, clitic) : null);
            if (found is null)
            {
                if (cue.Kind == CueKind.Verb)
                {
                    _pendingVerb = k;
                    RememberNamed(k, cue);
                }

                continue;
            }

            _pendingVerb = -1;
            _found.Add(found);
            // Cues inside a direct quote are the speaker's words, not new quotes; cues inside an
            // indirect clause may start one, and cut the clause there.
            skipUntil = Math.Max(skipUntil, found.Direct ? found.End : found.Start);
        }

        return Resolve();
    }

    private void RememberNamed(int k, CueWord cue)
    {
        int end = ClauseEnd(k + 1, _sentenceEnd[_sentenceOf[k]], MaxClauseTokens);
        (int from, int to) = cue.Relay ? RelaySubject(k + 1, end) : ParseSubject(k + 1, end);
        if (from >= 0)
        {
            _namedOnly.Add((k, from, to, cue.Gender));
        }
    }

    /// <summary>Gives every token its sentence and every sentence its token range.</summary>
    private void MapSentences()
    {
        Array.Fill(_sentenceFirst, -1);
        int s = 0;
        for (int i = 0; i < _tokens.Count; i++)
        {
            while (s < _sentences.Count - 1 && _sentences[s].End <= _tokens[i].Start)
            {
                s++;
            }

            _sentenceOf[i] = s;
            if (_sentenceFirst[s] < 0)
            {
                _sentenceFirst[s] = i;
            }

            _sentenceEnd[s] = i + 1;
        }

        for (int j = 0; j < _sentenceFirst.Length; j++)
        {
            if (_sentenceFirst[j] < 0)
            {
                _sentenceFirst[j] = 0;
                _sentenceEnd[j] = 0;
            }
        }
    }

    private bool IsPunct(int i, char mark) =>
        _tokens[i].Kind == TokenKind.Punctuation && _tokens[i].Normalized.Length == 1 && _tokens[i].Normalized[0] == mark;

    private bool IsSentenceStop(int i) =>
        _tokens[i].Kind == TokenKind.Punctuation && _tokens[i].Normalized is "." or "!" or "?";

    private bool IsSeparator(int i) =>
        _tokens[i].Kind == TokenKind.Punctuation && _tokens[i].Normalized is "," or ";" or "(" or ")";

    /// <summary>The quotation opening at token <paramref name="i"/>, when the token is a paired opening mark.</summary>
    private bool OpensRegion(int i, out QuoteRegion region)
    {
        region = default;
        return _tokens[i].Kind == TokenKind.Punctuation && _regionByOpen.TryGetValue(_tokens[i].Start, out region);
    }

    private bool ClosesRegion(int i, out QuoteRegion region)
    {
        region = default;
        return _tokens[i].Kind == TokenKind.Punctuation && _regionByClose.TryGetValue(_tokens[i].Start, out region);
    }

    /// <summary>The index of the token starting at <paramref name="offset"/> or the first after it.</summary>
    private int TokenAtOrAfter(int offset)
    {
        int lo = 0;
        int hi = _tokens.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_tokens[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>How many words a quotation holds: scare quotes around a name or slogan hold few.</summary>
    private int WordsIn(QuoteRegion region)
    {
        int count = 0;
        for (int i = TokenAtOrAfter(region.Open + 1); i < _tokens.Count && _tokens[i].Start < region.Close; i++)
        {
            if (_tokens[i].Kind is TokenKind.ArabicWord or TokenKind.LatinWord or TokenKind.Number)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// The original offset <paramref name="letters"/> letters into the token starting at
    /// <paramref name="start"/>, stepping over the harakat and tatweel each letter carries ("وَقَالَ").
    /// </summary>
    private int SkipLetters(int start, int end, int letters)
    {
        int i = start;
        while (i < end && letters > 0)
        {
            i++;
            letters--;
            while (i < end && IsAttachedMark(_text[i]))
            {
                i++;
            }
        }

        return i;
    }

    /// <summary>
    /// The cue word token <paramref name="i"/> is, with the length of its و/ف clitic, or -1. The
    /// spelling the fold forgets decides the defective verbs: نفى not نفي (the noun), يدعي not يدعى
    /// (the passive, "is called").
    /// </summary>
    private int CueAt(int i, out CueWord? cue)
    {
        Token token = _tokens[i];
        cue = null;
        if (token.Kind != TokenKind.ArabicWord)
        {
            return -1;
        }

        int clitic = CueLexicon.TryGet(token.Normalized, out cue);
        if (clitic >= 0 && ((cue!.EndsInMaksura && EndsInYeh(token)) || (cue.EndsInYeh && !EndsInYeh(token))))
        {
            cue = null;
            return -1;
        }

        return clitic;
    }

    private bool IsCue(int i) => CueAt(i, out _) >= 0;

    /// <summary>Whether the word is written with a final ي in the original (رأي the noun, not رأى the verb).</summary>
    private bool EndsInYeh(Token token)
    {
        int i = token.End - 1;
        while (i > token.Start && IsAttachedMark(_text[i]))
        {
            i--;
        }

        return _text[i] == '\u064A';
    }

    private static bool IsAttachedMark(char c) =>
        c is >= '\u064B' and <= '\u065F' or '\u0670' or '\u0640' or >= '\u200B' and <= '\u200F' or '\u061C' or '\uFEFF' or '\u00AD';
}
