using Marsad.Core.Analysis;
using Marsad.Extraction.Entities;
using Marsad.Extraction.Lexicons;
using Marsad.Text.Normalization;
using Marsad.Text.Tokenization;

namespace Marsad.Extraction.Quotes;

/// <summary>The second pass: spans settled, dates picked, speakers resolved in article order.</summary>
internal sealed partial class QuoteScan
{
    /// <summary>How many earlier speakers a continuation ("وأضافت") looks back over for one that agrees.</summary>
    private const int MaxHistory = 8;

    private List<QuoteMention> Resolve()
    {
        _found.Sort((a, b) => a.Start.CompareTo(b.Start));
        SettleEnds();
        var quotes = new List<QuoteMention>(_found.Count);
        var history = new List<Said>();
        int lastEnd = -1;
        int lastSentence = -1;
        int named = 0;
        for (int index = 0; index < _found.Count; index++)
        {
            Candidate candidate = _found[index];
            if (candidate.End <= candidate.Start || candidate.Start < lastEnd)
            {
                continue;
            }

            for (; named < _namedOnly.Count && _namedOnly[named].Cue < candidate.CueToken; named++)
            {
                (_, int from, int to, Gender gender) = _namedOnly[named];
                history.Add(new Said(SpeakerOf(from, to).Speaker, gender, SubjectWords(from, to)));
            }

            if (candidate.Sentence == lastSentence && lastEnd > candidate.DateFrom && lastEnd <= candidate.DateTo)
            {
                candidate.DateFrom = lastEnd;
            }

            (QuoteSpeaker? speaker, double confidence) = Speak(candidate, history, lastEnd);
            string? date = DateOf(candidate, index);
            Token cueToken = _tokens[candidate.CueToken];
            int cueStart = SkipLetters(cueToken.Start, cueToken.End, candidate.Clitic);
            quotes.Add(new QuoteMention(
                candidate.Start,
                candidate.End,
                _text[candidate.Start..candidate.End],
                candidate.Direct,
                _text[cueStart..cueToken.End],
                cueStart,
                speaker,
                date,
                confidence));
            lastEnd = candidate.End;
            lastSentence = candidate.Sentence;
        }

        return quotes;
    }

    /// <summary>
    /// An indirect quote runs to its sentence's end unless a later cue in the sentence opens a new
    /// reporting clause ("…، مشيرا إلى أن …"): it then ends before that clause and its comma. A
    /// clause that starts right where the quote does is reported inside it ("قال إن البنك أكد أن
    /// …"): the quote keeps it whole and the inner report, overlapping, is dropped.
    /// </summary>
    private void SettleEnds()
    {
        for (int i = 0; i < _found.Count; i++)
        {
            Candidate candidate = _found[i];
            if (candidate.Marked)
            {
                continue;
            }

            int end = candidate.End;
            for (int j = i + 1; j < _found.Count && _found[j].Sentence == candidate.Sentence; j++)
            {
                int boundary = _tokens[_found[j].ClauseToken].Start;
                if (boundary > candidate.Start && boundary < end)
                {
                    end = boundary;
                }
            }

            // Unmarked direct speech ("وقال: …") may end on a stray mark the pairing left alone.
            while (end > candidate.Start && (IsTrailing(_text[end - 1]) || (candidate.Direct && QuoteMarks.IsMark(_text[end - 1]))))
            {
                end--;
            }

            candidate.End = end;
        }
    }

    private static bool IsTrailing(char c) =>
        char.IsWhiteSpace(c) || c is '.' or ',' or '\u060C' or ';' or '\u061B' or ':' or '-' or '\u2013' or '\u2014';

    /// <summary>A speaker named so far: where, the agreement its verb showed, and the words of its reporting clause's subject (folded bases).</summary>
    private sealed record Said(QuoteSpeaker Speaker, Gender Gender, HashSet<string> Words);

    /// <summary>How many tokens into a sentence its subject may start: the verb, a particle or two, and a title (فقد رفض رئيس الوزراء هاني الملقي).</summary>
    private const int MaxSubjectLead = 5;

    /// <summary>How many earlier speakers and names a definite description ("وقالت الصحيفة") looks back over for the one it refers to.</summary>
    private const int MaxAntecedents = 24;

    /// <summary>
    /// The speaker named for the quote; for a definite description that names no one ("وتابعت
    /// الصحيفة"، "واعتبر رئيس المجلس") the earlier speaker or name it refers to; with no subject,
    /// the last earlier speaker that agrees with the cue, else the person the sentence or the one
    /// before is about ("رفض رئيس الوزراء هاني الملقي … لكنه أكد أن").
    /// </summary>
    /// <param name="lastEnd">Where the quote before this one ends: names inside it are reported, not reporting.</param>
    private (QuoteSpeaker? Speaker, double Confidence) Speak(Candidate candidate, List<Said> history, int lastEnd)
    {
        bool attributed = candidate.Cue.Kind == CueKind.Attribution;
        if (candidate.SubjectFrom >= 0)
        {
            (QuoteSpeaker speaker, bool entity) = SpeakerOf(candidate.SubjectFrom, candidate.SubjectTo);
            Gender gender = attributed ? GenderOfPhrase(candidate.SubjectFrom) : candidate.Cue.Gender;
            HashSet<string> words = SubjectWords(candidate.SubjectFrom, candidate.SubjectTo);
            if (IsBody(speaker) && !attributed && !candidate.Cue.Relay)
            {
                // A body takes either agreement ("وأضافت النجباء … ولفت إلى أن"): its verbs continue it
                // whatever their gender. Not an outlet that relays or is cited ("بحسب ما نقلته رويترز"):
                // "لكنه أكد" after it is someone in the report.
                gender = Gender.Unknown;
            }

            if (!entity && !speaker.Body && Antecedent(candidate, history) is { } referred)
            {
                history.Add(new Said(referred, gender, words));
                return (referred, QuoteConfidence.Continued);
            }

            history.Add(new Said(speaker, gender, words));
            double confidence = attributed
                ? entity ? QuoteConfidence.AttributedEntity : QuoteConfidence.AttributedPhrase
                : entity ? QuoteConfidence.NamedEntity : QuoteConfidence.NamedPhrase;
            return (speaker, confidence);
        }

        if (CoordinatedSubject(candidate, lastEnd) is var (subject, from, to, before))
        {
            history.Add(new Said(subject, candidate.Cue.Gender, SubjectWords(from, to)));
            return (subject, before ? QuoteConfidence.Inferred : QuoteConfidence.Continued);
        }

        for (int i = history.Count - 1; i >= Math.Max(0, history.Count - MaxHistory); i--)
        {
            Gender gender = history[i].Gender;
            if (candidate.Cue.Gender == Gender.Unknown || gender == Gender.Unknown || gender == candidate.Cue.Gender)
            {
                return (history[i].Speaker, QuoteConfidence.Continued);
            }
        }

        if (candidate.Cue.Kind == CueKind.Verb && candidate.Cue.Gender == Gender.Masculine && SentencePerson(candidate) is { } person)
        {
            return (person, QuoteConfidence.Inferred);
        }

        return (null, QuoteConfidence.Unattributed);
    }

    /// <summary>
    /// What a definite description in the subject refers to: one to three words, the last with the
    /// article (الصحيفة، الجريدة الإيطالية، رئيس المجلس), or a spokesperson's up to six (المتحدث
    /// باسم الحكومة العراقية, for one first called الناطق باسم الحكومة العراقية), all of whose
    /// words stand in an earlier speaker's subject or around an earlier name (the name and the head
    /// word or title before it).
    /// The newspaper words stand for each other (الجريدة for صحيفة "كوري ديلو سبورت").
    /// </summary>
    private QuoteSpeaker? Antecedent(Candidate candidate, List<Said> history)
    {
        int from = candidate.SubjectFrom;
        int to = candidate.SubjectTo;
        for (int i = from + 1; i < to; i++)
        {
            if (_tokens[i].Normalized == InWord)
            {
                to = i; // "الجريدة الإيطالية في نسختها الورقية": the description ends before في
                break;
            }
        }

        // A spokesperson is described at more length ("وأضاف المتحدث باسم الحكومة العراقية").
        bool spokesperson = false;
        for (int i = from; i < to; i++)
        {
            spokesperson |= _tokens[i].Normalized == ClauseWords.OnBehalfOf;
        }

        if (to - from < 1 || to - from > (spokesperson ? MaxSpokespersonWords : 3) || !HasArticle(_tokens[to - 1]))
        {
            return null;
        }

        var words = new HashSet<string>(StringComparer.Ordinal);
        for (int i = from; i < to; i++)
        {
            if (_tokens[i].Kind != TokenKind.ArabicWord)
            {
                return null;
            }

            words.Add(Fold(_tokens[i].Base));
        }

        int cueStart = _tokens[candidate.CueToken].Start;
        if (to - from == 1 && words.Contains(Statement) && StatementAuthor(cueStart) is { } author)
        {
            return author; // "جاء ذلك في بيان صادر عن المتحدث … قريب الله الخضر. وقال البيان"
        }

        int looked = 0;
        int h = history.Count - 1;
        int e = FirstEntityEndingAfter(cueStart) - 1;
        // Walk earlier speakers and earlier names together, nearest first.
        while ((h >= 0 || e >= 0) && looked++ < MaxAntecedents)
        {
            int said = h >= 0 ? history[h].Speaker.Start : -1;
            int named = e >= 0 ? _entities[e].Start : -1;
            if (said >= named)
            {
                if (words.IsSubsetOf(history[h].Words))
                {
                    return history[h].Speaker;
                }

                h--;
                continue;
            }

            EntityMention mention = _entities[e];
            if (mention.End <= cueStart && mention.Type != EntityType.Location && words.IsSubsetOf(WordsAround(e)))
            {
                return new QuoteSpeaker(mention.Start, mention.End, mention.Text, e);
            }

            e--;
        }

        return null;
    }

    /// <summary>The folded bases of a name's words and of up to three words before it, back to a punctuation mark (صحيفة ديلي ميل، الرئيس الفرنسي إيمانويل ماكرون).</summary>
    private HashSet<string> WordsAround(int mention)
    {
        EntityMention entity = _entities[mention];
        int first = TokenAtOrAfter(entity.Start);
        int from = first;
        while (from > 0 && first - from < 3 && _tokens[from - 1].Kind == TokenKind.ArabicWord)
        {
            from--;
        }

        int to = first;
        while (to < _tokens.Count && _tokens[to].Start < entity.End)
        {
            to++;
        }

        return SubjectWords(from, to);
    }

    private HashSet<string> SubjectWords(int from, int to)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        for (int i = from; i < to; i++)
        {
            if (_tokens[i].Kind is TokenKind.ArabicWord or TokenKind.LatinWord)
            {
                words.Add(Fold(_tokens[i].Base));
            }
        }

        return words;
    }

    /// <summary>
    /// A word's base folded as search folds it (ة/ه, hamza), the newspaper words as one (جريدة، مجلة
    /// → صحيفة), and the spokesman's as one (الناطق → المتحدث).
    /// </summary>
    private static string Fold(string word)
    {
        string folded = ArabicNormalizer.Search.NormalizeTerm(word);
        return folded == Journal || folded == Magazine ? Newspaper
            : folded == Natiq ? Spokesman
            : folded == DefiniteNatiq ? DefiniteSpokesman
            : folded;
    }

    /// <summary>
    /// Who issued the statement an article last mentioned before <paramref name="before"/>: the
    /// person, else the organisation, named within a few words after بيان and its عن or ل
    /// ("بيان صادر عن المتحدث الرسمي باسم الخارجية السودانية قريب الله الخضر", "في بيان لوزارة
    /// الصحة"). Null when the article names no statement's author.
    /// </summary>
    private QuoteSpeaker? StatementAuthor(int before)
    {
        for (int k = TokenAtOrAfter(before) - 1; k >= 0; k--)
        {
            if (!IsStatementWord(_tokens[k]))
            {
                continue;
            }

            // The author's mention starts within a few words after بيان, past عن or a ل.
            int stop = Math.Min(_tokens.Count, k + 1 + MaxSpokespersonWords + 2);
            bool authored = k + 1 < stop && (_tokens[k + 1].Normalized == AboutWord || HasPrepositionClitic(_tokens[k + 1], '\u0644')
                || (k + 2 < stop && _tokens[k + 2].Normalized == AboutWord));
            if (!authored)
            {
                return null;
            }

            int organisation = -1;
            for (int i = FirstEntityEndingAfter(_tokens[k].End); i < _entities.Count && _entities[i].Start < _tokens[stop - 1].End && _entities[i].End <= before; i++)
            {
                if (_entities[i].Type == EntityType.Person)
                {
                    return new QuoteSpeaker(_entities[i].Start, _entities[i].End, _entities[i].Text, i);
                }

                organisation = organisation < 0 && _entities[i].Type == EntityType.Organization ? i : organisation;
            }

            return organisation >= 0 ? new QuoteSpeaker(_entities[organisation].Start, _entities[organisation].End, _entities[organisation].Text, organisation) : null;
        }

        return null;
    }

    /// <summary>بيان, بيانا (with or without a clitic).</summary>
    private static bool IsStatementWord(Token token) =>
        token.Kind == TokenKind.ArabicWord && Fold(token.Base) is var word && (word == Statement || word == StatementAccusative);

    private static readonly string Statement = ArabicNormalizer.Search.NormalizeTerm("\u0628\u064A\u0627\u0646");
    private static readonly string StatementAccusative = ArabicNormalizer.Search.NormalizeTerm("\u0628\u064A\u0627\u0646\u0627");
    private const string AboutWord = "\u0639\u0646";

    /// <summary>The most words of a spokesperson's description ("المتحدث الرسمي باسم الحكومة العراقية").</summary>
    private const int MaxSpokespersonWords = 6;

    private static readonly string Spokesman = ArabicNormalizer.Search.NormalizeTerm("\u0645\u062A\u062D\u062F\u062B");
    private static readonly string DefiniteSpokesman = ArabicNormalizer.Search.NormalizeTerm("\u0627\u0644\u0645\u062A\u062D\u062F\u062B");
    private static readonly string Natiq = ArabicNormalizer.Search.NormalizeTerm("\u0646\u0627\u0637\u0642");
    private static readonly string DefiniteNatiq = ArabicNormalizer.Search.NormalizeTerm("\u0627\u0644\u0646\u0627\u0637\u0642");

    private static readonly string Newspaper = ArabicNormalizer.Search.NormalizeTerm("\u0635\u062D\u064A\u0641\u0629");
    private static readonly string Journal = ArabicNormalizer.Search.NormalizeTerm("\u062C\u0631\u064A\u062F\u0629");
    private static readonly string Magazine = ArabicNormalizer.Search.NormalizeTerm("\u0645\u062C\u0644\u0629");

    private static bool HasArticle(Token token) =>
        token.ProcliticLength >= 2 && token.Normalized[token.ProcliticLength - 2] == '\u0627' && token.Normalized[token.ProcliticLength - 1] == '\u0644';

    /// <summary>
    /// The person a subject-less verb most likely continues with: the first person named in its
    /// sentence before it, else the first named in the sentence before (the subject of a
    /// verb-first sentence comes first).
    /// </summary>
    private QuoteSpeaker? SentencePerson(Candidate candidate)
    {
        int sentence = candidate.Sentence;
        int cueStart = _tokens[candidate.CueToken].Start;
        for (int s = sentence; s >= Math.Max(0, sentence - 1); s--)
        {
            // Only a person where a verb-first sentence puts its subject: a few words in.
            int first = _sentenceFirst[s];
            int within = first + MaxSubjectLead < _tokens.Count ? _tokens[first + MaxSubjectLead].Start : _text.Length;
            for (int i = FirstEntityEndingAfter(_sentences[s].Start); i < _entities.Count && _entities[i].Start < Math.Min(within, cueStart); i++)
            {
                if (_entities[i].Type == EntityType.Person)
                {
                    EntityMention person = _entities[i];
                    int before = TokenAtOrAfter(person.Start) - 1;
                    if (before >= first && IsAdjunctStart(before, atPieceStart: true))
                    {
                        return null; // "نشر البرادعي صورة مع باشيليت": a person after a preposition is no subject
                    }

                    return new QuoteSpeaker(person.Start, person.End, person.Text, i);
                }
            }
        }

        return null;
    }

    /// <summary>Whether a speaker is a body: a recognised organisation, a name in marks after a head word, or a phrase led by one (وزارة الدفاع المالية).</summary>
    private bool IsBody(QuoteSpeaker speaker)
    {
        if (speaker.Body)
        {
            return true;
        }

        if (speaker.Entity is int mention)
        {
            return _entities[mention].Type == EntityType.Organization;
        }

        int first = TokenAtOrAfter(speaker.Start);
        return first < _tokens.Count && _tokens[first].Kind == TokenKind.ArabicWord && Entities.Recognition.CueLexicon.IsOrgHead(_tokens[first].Base);
    }

    /// <summary>A head noun in ة is feminine (وزارة، الحكومة); other heads leave the gender open.</summary>
    private Gender GenderOfPhrase(int head) =>
        _tokens[head].Normalized.EndsWith('\u0629') ? Gender.Feminine : Gender.Unknown;

    /// <summary>
    /// The entity that speaks in the subject tokens [from, to): a person first — the one the subject
    /// starts with, else the last one, since a title precedes the name ("مستشار الرئيس بايدن، جيك
    /// سوليفان") — then an organisation, then a place (a country speaks through its government);
    /// with none, the phrase itself. A place after في inside the subject only says where the
    /// speaker sits ("السفارة التركية في بغداد"): it never speaks, and a phrase speaker ends before في
    /// (a person or body named after it still speaks: "وزير الخارجية في حكومة الإقليم، فؤاد حسين").
    /// A body headed by one word before a name (بعثة الأمم المتحدة) speaks as the whole phrase.
    /// </summary>
    private (QuoteSpeaker Speaker, bool Entity) SpeakerOf(int from, int to)
    {
        int start = PhraseStart(_tokens[from]);
        int at = to;
        for (int k = from + 1; k < to; k++)
        {
            if (string.Equals(_tokens[k].Normalized, "\u0641\u064a", StringComparison.Ordinal))
            {
                at = k;
                break;
            }
        }

        int where = at < to ? _tokens[at].Start : int.MaxValue;
        int end = _tokens[to - 1].End;
        int firstEnd = _tokens[from].End;
        int person = -1;
        int organisation = -1;
        int place = -1;
        int represented = -1;
        for (int i = FirstEntityEndingAfter(start); i < _entities.Count && _entities[i].Start < end; i++)
        {
            EntityMention entity = _entities[i];
            if (entity.End <= start)
            {
                continue;
            }

            if (entity.Type == EntityType.Person && represented < 0 && AfterOnBehalf(i))
            {
                represented = i; // "متحدث باسم ماي": whom an unnamed spokesperson speaks for
            }

            switch (entity.Type)
            {
                case EntityType.Person when (person < 0 || _entities[person].Start >= firstEnd) && !AfterOnBehalf(i) && !AfterPreposition(i):
                    // "متحدث باسم ماي": the person after باسم is spoken for, not speaking; one after a
                    // preposition ("المملوكة لمجموعة ماجد الفطيم") is a complement.
                    person = i;
                    break;
                case EntityType.Organization when organisation < 0:
                    organisation = i;
                    break;
                case EntityType.Location when place < 0 && entity.Start < where:
                    place = i;
                    break;
            }
        }

        QuoteSpeaker? partOf = null;
        if (ClauseWords.IsPartitive(_tokens[from].Normalized))
        {
            // "أحد أشقاء سيستو", "أحد قادة الحرس الثوري": one of them speaks, unnamed, for the body named.
            int body = organisation >= 0 ? organisation : place >= 0 && _entities[place].Start < where ? place : -1;
            partOf = body >= 0 ? new QuoteSpeaker(_entities[body].Start, _entities[body].End, _entities[body].Text, body) : null;
            person = organisation = place = -1;
        }

        int chosen = person >= 0 ? person : organisation >= 0 ? organisation : place;
        if (chosen >= 0 && chosen == place && _entities[place].Start > _tokens[from].Start
            && Entities.Recognition.CueLexicon.IsTitle(_tokens[from].Base))
        {
            // "وعلقت سفيرة واشنطن ببغداد": the ambassador speaks, for Washington, not Washington itself.
            EntityMention country = _entities[place];
            int stop = _tokens[to - 1].End;
            return (new QuoteSpeaker(start, stop, _text[start..stop], null, For: new QuoteSpeaker(country.Start, country.End, country.Text, place)), false);
        }

        if (chosen >= 0 && person < 0 && HeadsBody(start, _entities[chosen].Start))
        {
            // "أعلنت بعثة الأمم المتحدة": the mission speaks, not the organisation it belongs to.
            EntityMention named = _entities[chosen];
            return (new QuoteSpeaker(start, named.End, _text[start..named.End], null), false);
        }

        if (chosen >= 0)
        {
            EntityMention entity = _entities[chosen];
            QuoteSpeaker? body = person >= 0 ? BodyFor(from, person, organisation, place) : null;
            return (new QuoteSpeaker(entity.Start, entity.End, entity.Text, chosen, For: body), true);
        }

        if (QuotedBodyName(from, at) is { } quoted)
        {
            return (quoted, false);
        }

        to = at;
        while (to - 1 > from && _tokens[to - 1].Kind is not (TokenKind.ArabicWord or TokenKind.LatinWord or TokenKind.Number))
        {
            to--;
        }

        end = _tokens[to - 1].End;
        partOf ??= represented >= 0 ? new QuoteSpeaker(_entities[represented].Start, _entities[represented].End, _entities[represented].Text, represented) : null;
        return (new QuoteSpeaker(start, end, _text[start..end], null, For: partOf), false);
    }

    /// <summary>
    /// The body a named person speaks for: an organisation in the reporting clause ("المتحدث باسم
    /// وزارة الخارجية الأمريكية، ماثيو ميلر"), unless a preposition of the clause puts it there
    /// ("نشر رسالة على فيسبوك"); else, the recogniser having missed the body, the words after باسم
    /// or after a body head word in his title, up to his name ("المتحدث باسم الخارجية السودانية
    /// قريب الله الخضر", "رئيس هيئة الحشد الشعبي فالح الفياض"); else a place named in the title
    /// before the person ("رئيس وزراء العراق محمد شياع السوداني"), a country speaking through its
    /// government; else the country of a nationality in the title ("الرئيس الأمريكي دونالد ترامب").
    /// An organisation in apposition after the name ("، من جامعة كرانفيلد،") comes second, after
    /// one in the clause. A place after the person says where he is, not whom he speaks for.
    /// </summary>
    private QuoteSpeaker? BodyFor(int from, int person, int organisation, int place)
    {
        int nameStart = _entities[person].Start;
        if (organisation >= 0 && !AfterAdjunct(organisation))
        {
            EntityMention body = _entities[organisation];
            return new QuoteSpeaker(body.Start, body.End, body.Text, organisation);
        }

        if (OriginAfter(person) is int origin)
        {
            EntityMention body = _entities[origin];
            return new QuoteSpeaker(body.Start, body.End, body.Text, origin);
        }

        for (int i = from; i < _tokens.Count && _tokens[i].End <= nameStart; i++)
        {
            bool onBehalf = _tokens[i].Normalized == ClauseWords.OnBehalfOf;
            int head = onBehalf ? i + 1 : i;
            if (head < _tokens.Count && _tokens[head].End <= nameStart && _tokens[head].Kind == TokenKind.ArabicWord
                && (onBehalf || Entities.Recognition.CueLexicon.IsOrgHead(_tokens[i].Base)))
            {
                // "المتحدث باسم الخارجية السودانية قريب الله الخضر", "رئيس هيئة الحشد الشعبي فالح الفياض".
                int last = head;
                while (last + 1 < _tokens.Count && _tokens[last + 1].End <= nameStart && _tokens[last + 1].Kind == TokenKind.ArabicWord)
                {
                    last++;
                }

                if (last > head && _tokens[last].Normalized == ClauseWords.OnBehalfOf)
                {
                    last--; // "باسم الحكومة العراقية باسم العوادي": the second باسم is the name's
                }

                if (onBehalf || last > head)
                {
                    int start = PhraseStart(_tokens[head]);
                    int end = _tokens[last].End;
                    return new QuoteSpeaker(start, end, _text[start..end], null);
                }
            }
        }

        if (place >= 0 && _entities[place].End <= nameStart)
        {
            EntityMention country = _entities[place];
            return new QuoteSpeaker(country.Start, country.End, country.Text, place);
        }

        // "الرئيس الأمريكي دونالد ترامب", "وزير الدولة الإماراتي أنور قرقاش": the nationality of the title;
        // not past في, where it qualifies a field ("الباحث في الشأن العراقي").
        for (int i = from; i < _tokens.Count && _tokens[i].End <= nameStart && _tokens[i].Normalized != InWord; i++)
        {
            if (_tokens[i].Kind == TokenKind.ArabicWord && NationalityLexicon.CountryOf(_text[_tokens[i].Start.._tokens[i].End]) is { } nation)
            {
                return new QuoteSpeaker(_tokens[i].Start, _tokens[i].End, _text[_tokens[i].Start.._tokens[i].End], null, Country: nation);
            }
        }

        return null;
    }

    /// <summary>
    /// An organisation a person is said to be from, in apposition after the name: "البروفيسور
    /// جراهام برايثوايت، من جامعة كرانفيلد، أن …". The comma and من come right after the name, and
    /// the organisation right after من.
    /// </summary>
    private int? OriginAfter(int person)
    {
        int comma = TokenAtOrAfter(_entities[person].End);
        if (comma + 2 >= _tokens.Count || !IsPunct(comma, ',') || _tokens[comma + 1].Normalized != FromWord)
        {
            return null;
        }

        int organisation = FirstEntityEndingAfter(_tokens[comma + 2].Start);
        return organisation < _entities.Count && _entities[organisation].Type == EntityType.Organization
            && _entities[organisation].Start >= _tokens[comma + 2].Start && _entities[organisation].Start < _tokens[comma + 2].End
            ? organisation
            : null;
    }

    private const string FromWord = "\u0645\u0646";

    /// <summary>The token of the Arabic word right before a mention, or -1.</summary>
    private int WordBefore(int mention)
    {
        int before = TokenAtOrAfter(_entities[mention].Start) - 1;
        return before >= 0 && _tokens[before].Kind == TokenKind.ArabicWord ? before : -1;
    }

    /// <summary>
    /// Whether a mention comes right after باسم ("متحدث باسم ماي"). Not when another باسم stands a
    /// few words before it: "الناطق باسم الحكومة العراقية باسم العوادي" names the body after the
    /// first, and the second begins the spokesman's name (the given name باسم).
    /// </summary>
    private bool AfterOnBehalf(int mention)
    {
        if (WordBefore(mention) is not (int before and >= 0) || _tokens[before].Normalized != ClauseWords.OnBehalfOf)
        {
            return false;
        }

        return !EarlierOnBehalf(before);
    }

    /// <summary>Whether باسم stands within the few words before token <paramref name="at"/>, with no punctuation between.</summary>
    private bool EarlierOnBehalf(int at)
    {
        for (int i = at - 1; i >= Math.Max(0, at - MaxBodyWords); i--)
        {
            if (_tokens[i].Kind != TokenKind.ArabicWord)
            {
                return false;
            }

            if (_tokens[i].Normalized == ClauseWords.OnBehalfOf)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The most words a body named after باسم runs to ("باسم الحكومة العراقية").</summary>
    private const int MaxBodyWords = 6;

    /// <summary>Whether a mention follows a word that opens an adjunct ("على فيسبوك", "في بغداد"): then it only says where or through what.</summary>
    private bool AfterAdjunct(int mention) => WordBefore(mention) is int before and >= 0 && ClauseWords.IsAdjunctWord(_tokens[before].Normalized);

    /// <summary>
    /// Whether a mention follows an adjunct word or a word with ل ("مع باشيليت", "لمجموعة ماجد
    /// الفطيم"). Not ب: the splitter reads titles such as بروفسور as ب + noun.
    /// </summary>
    private bool AfterPreposition(int mention) =>
        AfterAdjunct(mention) || (WordBefore(mention) is int before and >= 0 && HasPrepositionClitic(_tokens[before], '\u0644') && !DefiniteAfterLam(_tokens[before]));

    /// <summary>
    /// ل with the article (للدراسات): a definite word is in construct with nothing, so a name after
    /// it begins a new phrase ("رئيس مركز "كلواذا" للدراسات باسل حسين") rather than completing it.
    /// </summary>
    private static bool DefiniteAfterLam(Token token) =>
        token.Normalized.Length > 4 && token.Normalized.StartsWith("\u0644\u0644", StringComparison.Ordinal);

    /// <summary>
    /// A body named in marks after its head word — صحيفة "ميرور" البريطانية، وكالة "الأناضول" — when
    /// the recogniser tagged nothing in the subject: the name inside the marks speaks, as an organisation.
    /// </summary>
    private QuoteSpeaker? QuotedBodyName(int from, int to)
    {
        for (int i = from + 1; i < to; i++)
        {
            if (_tokens[i].Kind == TokenKind.Punctuation && _tokens[i - 1].Kind == TokenKind.ArabicWord
                && OpensRegion(i, out QuoteRegion region) && Entities.Recognition.CueLexicon.IsOrgHead(_tokens[i - 1].Base))
            {
                (int start, int end) = Inside(region);
                return start < end ? new QuoteSpeaker(start, end, _text[start..end], null, Body: true) : null;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the text from <paramref name="start"/> to a name at <paramref name="nameStart"/> is
    /// one organisation head word (بعثة، وزارة، سفارة، حكومة …): the name is then the body's
    /// complement, and the body is the speaker.
    /// </summary>
    private bool HeadsBody(int start, int nameStart)
    {
        ReadOnlySpan<char> before = _text.AsSpan(start, Math.Max(0, nameStart - start)).Trim();
        if (before.Length == 0 || before.ContainsAny(' ', '\n', '\t'))
        {
            return false;
        }

        return Entities.Recognition.CueLexicon.IsOrgHead(before.ToString());
    }

    /// <summary>
    /// A phrase starts after a preposition clitic and keeps its article (لوزارة → وزارة، بالوزارة →
    /// الوزارة، للوزارة → وزارة). A lone و/ف is kept: on a name it is as likely a root letter (فرهاد).
    /// </summary>
    private int PhraseStart(Token token)
    {
        int clitics = token.ProcliticLength;
        string normalized = token.Normalized;
        if (clitics >= 2 && normalized[clitics - 2] == '\u0627' && normalized[clitics - 1] == '\u0644')
        {
            clitics -= 2;
        }
        else if (!HasPrepositionClitic(token, '\u0644') && !HasPrepositionClitic(token, '\u0628'))
        {
            clitics = 0;
        }

        return SkipLetters(token.Start, token.End, clitics);
    }

    /// <summary>
    /// The subject a subject-less reporting verb shares with the clause it is joined to in its
    /// sentence: "ووصف عباس المستوطنين بالإرهابيين وقال إن …", "رفض محمد الأمين التعليق لكنه أكد
    /// أن …", "أن راسل، اعتذر للجميع قائلا: …". The verb is joined by و, ف, ثم or لكن, or is a
    /// circumstantial participle (its clause's verb reports nothing). The subject is the first
    /// person named in the sentence before the cue and past the quote before it, unless a
    /// preposition stands before the name or its titles (مع الرئيس الفلسطيني محمود عباس); then
    /// no later person is taken either ("بناء على طلب إليسا لكنها أكدت"). A person followed at
    /// once by another is the genitive of the other's title ("بمدير أعمال إليسا أمين أبي ياغي
    /// رفض …"): the later one is meant. Returned with the name's token range, for the history, and
    /// whether it was found in the sentence before (a guess: confidence <see cref="QuoteConfidence.Inferred"/>).
    /// </summary>
    private (QuoteSpeaker Speaker, int From, int To, bool SentenceBefore)? CoordinatedSubject(Candidate candidate, int lastEnd)
    {
        if (!(candidate.Cue.Kind == CueKind.Verb ? Coordinated(candidate) : candidate.Cue.Kind == CueKind.Participle && Circumstantial(candidate)))
        {
            return null;
        }

        int cueStart = _tokens[candidate.CueToken].Start;
        int sentence = candidate.Sentence;
        if (FirstPersonBefore(sentence, Math.Max(_sentences[sentence].Start, lastEnd), cueStart) is { } found)
        {
            return found.Speaker is null ? null : (found.Speaker, found.From, found.To, false);
        }

        // "… فقد رفض رئيس الوزراء هاني الملقي سحب المشروع. لكنه أكد أن …": a sentence that opens
        // with لكنه names no one and points back to the sentence before.
        bool opensWithPronoun = candidate.CueToken == _sentenceFirst[sentence] + 1 && ClauseWords.IsJoinWithPronoun(_tokens[candidate.CueToken - 1].Normalized);
        if (!opensWithPronoun || sentence == 0)
        {
            return null;
        }

        // Its first person, even inside the report before: "وبحسب ما نقلته رويترز، فقد رفض X …".
        return FirstPersonBefore(sentence - 1, _sentences[sentence - 1].Start, _sentences[sentence - 1].End) is { Speaker: { } earlier } named
            ? (earlier, named.From, named.To, true)
            : null;
    }

    /// <summary>
    /// The first person named in sentence <paramref name="sentence"/> between <paramref name="from"/>
    /// and <paramref name="to"/>, as a subject: null when there is none; a null speaker when the
    /// first is after a preposition (and so no later one is taken either).
    /// </summary>
    private (QuoteSpeaker? Speaker, int From, int To)? FirstPersonBefore(int sentence, int from, int to)
    {
        int first = _sentenceFirst[sentence];
        for (int i = FirstEntityEndingAfter(from); i < _entities.Count && _entities[i].End <= to; i++)
        {
            EntityMention person = _entities[i];
            if (person.Type != EntityType.Person || person.Start < from)
            {
                continue;
            }

            // Past the titles before the name: "مع الرئيس الفلسطيني محمود عباس" is no subject.
            int before = TokenAtOrAfter(person.Start) - 1;
            while (before > first && HasArticle(_tokens[before]))
            {
                before--;
            }

            if (before >= first && IsAdjunctStart(before, atPieceStart: true))
            {
                return (null, -1, -1); // the first person is not the subject, and a later one is likelier an object
            }

            if (i + 1 < _entities.Count && _entities[i + 1].Type == EntityType.Person && _entities[i + 1].End <= to
                && _text.AsSpan(person.End, _entities[i + 1].Start - person.End).IsWhiteSpace())
            {
                continue;
            }

            return (new QuoteSpeaker(person.Start, person.End, person.Text, i), TokenAtOrAfter(person.Start), TokenAtOrAfter(person.End));
        }

        return null;
    }

    /// <summary>
    /// Whether a participle describes its clause's subject as he speaks: a saying participle
    /// (قائلا), or one after a comma ("، مشيرا إلى"); not an impersonal one ("وكان متوقعا أن").
    /// </summary>
    private bool Circumstantial(Candidate candidate) =>
        ClauseWords.IsSaying(_tokens[candidate.CueToken].Base) || (candidate.CueToken > 0 && IsPunct(candidate.CueToken - 1, ','));

    /// <summary>Whether the cue is joined to what goes before it: و or ف on it or written apart, ثم, or لكن with or without its pronoun.</summary>
    private bool Coordinated(Candidate candidate)
    {
        Token cue = _tokens[candidate.CueToken];
        if (candidate.Clitic > 0 && cue.Normalized[0] is '\u0648' or '\u0641')
        {
            return true;
        }

        if (candidate.CueToken == 0)
        {
            return false;
        }

        string before = _tokens[candidate.CueToken - 1].Normalized;
        return ClauseWords.IsJoin(before) || ClauseWords.IsJoinWithPronoun(before);
    }

    private int FirstEntityEndingAfter(int offset)
    {
        int lo = 0;
        int hi = _entities.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_entities[mid].End <= offset)
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

    /// <summary>
    /// The dated reporting clause: the valid date in [DateFrom, DateTo) nearest the cue, outside
    /// the reported words of this quote and its neighbours in the sentence.
    /// </summary>
    private string? DateOf(Candidate candidate, int index)
    {
        int cueStart = _tokens[candidate.CueToken].Start;
        string? value = null;
        int best = int.MaxValue;
        for (int i = FirstDateFrom(candidate.DateFrom); i < _datesByStart.Length && _datesByStart[i].Start < candidate.DateTo; i++)
        {
            DateMention date = _datesByStart[i];
            if (date.Value is null || date.End > candidate.DateTo || InsideNearbyQuote(date, index))
            {
                continue;
            }

            int distance = Math.Abs(date.Start - cueStart);
            if (distance < best)
            {
                best = distance;
                value = date.Value;
            }
        }

        return value;
    }

    private int FirstDateFrom(int offset)
    {
        int lo = 0;
        int hi = _datesByStart.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_datesByStart[mid].Start < offset)
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

    /// <summary>Whether the date lies in the words of a quote of the same sentence (the candidates are sorted).</summary>
    private bool InsideNearbyQuote(DateMention date, int index)
    {
        int sentence = _found[index].Sentence;
        for (int i = index; i >= 0 && _found[i].Sentence >= sentence - 1; i--)
        {
            if (date.Start < _found[i].End && date.End > _found[i].Start)
            {
                return true;
            }
        }

        for (int i = index + 1; i < _found.Count && _found[i].Sentence <= sentence + 1; i++)
        {
            if (date.Start < _found[i].End && date.End > _found[i].Start)
            {
                return true;
            }
        }

        return false;
    }
}
