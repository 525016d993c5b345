using Cues = Marsad.Extraction.Entities.Recognition.CueLexicon;
using Marsad.Core.Analysis;
using Marsad.Core.Digests;
using Marsad.Extraction.Lexicons;
using Marsad.Text.Names;
using Marsad.Extraction.Quantities;
using Marsad.Text.Tokenization;
using WordForms = Marsad.Extraction.Entities.Clusters.WordForms;

namespace Marsad.Extraction.Digests;

/// <summary>
/// The roles an article gives its persons, read next to their mentions: a phrase before the name
/// ("رئيس الوزراء العراقي محمد شياع السوداني", "المتحدث باسم البنتاغون باتريك رايدر") or an
/// apposition after it, set off by a comma, dash or bracket ("السوداني، رئيس الوزراء، …").
/// A phrase is a head from the extraction's title lexicon (<see cref="Cues.IsTitle"/>) and up to a
/// few qualifying words — the office, the country, the body (definite words, the lexicon's
/// organisation and place heads, باسم, an organisation or place the tagger found) — so it reaches
/// roles no list names. Honorifics (السيد، الشيخ، الدكتور) are titles but not roles: they never
/// head a phrase. A role ends on a definite word or a named body, as an Arabic construct does, so
/// a title in construct with the name itself ("محامي ترامب", "المتحدث باسم ميركل": whose lawyer,
/// whose spokesman) is not the name's role; a title after باسم is the name's own ("المتحدث باسم
/// رئيسة الوزراء البريطانية تيريزا ماي"). The role is folded as names are (<see cref="NameForm.SpellingKey"/>:
/// hamza, ة/ه, ى/ي, ال, أميركي/أمريكي), less a leading و/ف or preposition.
/// One pass over the mentions, tokenising only the word before each person's and, when it may
/// end a role, a short window.
/// </summary>
public static class RoleReader
{
    /// <summary>Characters either side of a mention that are read: a role is a few words, never a sentence.</summary>
    private const int Window = 80;

    /// <summary>
    /// Words of a role at most, head included ("الأمين العام للأمم المتحدة" is four). A run of role
    /// words longer than this is read as nothing: cut anywhere, it could name another office
    /// ("نائب القائد الأعلى …" cut after نائب is the commander, not the deputy).
    /// </summary>
    private const int MaxWords = 8;

    /// <summary>Titles that honour rather than say what a person does; they are skipped, never a role.</summary>
    private static readonly HashSet<string> Honorifics = Bases(
        "السيد السيدة الشيخ الشيخة الدكتور الدكتورة د الأستاذ الأستاذة سمو معالي فخامة سماحة جلالة الحجة الإمام المهندس النجم النجمة الأخ الأخت الرفيق الرفيقة");

    /// <summary>
    /// Ranks of nobility that stand between an office and the name ("ولي العهد السعودي الأمير …",
    /// "العاهل الأردني الملك …"): a role on their own, dropped from the end of a longer one.
    /// </summary>
    private static readonly HashSet<string> Nobility = Bases("الأمير الأميرة الملك الملكة السلطان");

    /// <summary>Definite words that are the time of the sentence, not part of a role ("الرئيس اليوم").</summary>
    private static readonly HashSet<string> TimeWords = Bases("اليوم الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت الليلة الآن");

    /// <summary>Where an apposition's role may start after the name: a comma, a dash, a bracket.</summary>
    private const string AppositionMarks = "،,-–—(";

    /// <summary>Marks that end any role phrase.</summary>
    private const string PhraseEnds = ".!?؟:;؛\n«»\"“”";

    /// <summary>For each entity of <paramref name="analysis"/> (by index), the distinct roles read for it; persons only.</summary>
    public static RoleReading[][] Read(DocumentAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var result = new RoleReading[analysis.Entities.Count][];
        List<RoleReading>?[] found = new List<RoleReading>?[analysis.Entities.Count];
        string text = analysis.Article.Text;
        IReadOnlyList<MentionItem> mentions = analysis.Mentions;
        var tokens = new List<Token>(16);
        for (int i = 0; i < mentions.Count; i++)
        {
            MentionItem mention = mentions[i];
            if (!IsPerson(analysis, mention.Entity) || mention.Start < 0 || mention.End > text.Length || mention.Start >= mention.End)
            {
                continue;
            }
            if (Before(text, mentions, i, analysis, tokens) is { } before)
            {
                Add(found, mention.Entity, before);
            }
            if (After(text, mentions, i, analysis, tokens) is { } after)
            {
                Add(found, mention.Entity, after);
            }
        }
        for (int e = 0; e < result.Length; e++)
        {
            result[e] = found[e] is { } list ? [.. list] : [];
        }
        return result;
    }

    private static void Add(List<RoleReading>?[] found, int entity, RoleReading role)
    {
        var list = found[entity] ??= [];
        if (!list.Exists(r => string.Equals(r.Key, role.Key, StringComparison.Ordinal)))
        {
            list.Add(role);
        }
    }

    private static bool IsPerson(DocumentAnalysis analysis, int entity) =>
        entity >= 0 && entity < analysis.Entities.Count && analysis.Entities[entity].Type == EntityType.Person;

    /// <summary>The role in the words right before mention <paramref name="m"/>: the earliest head of an unbroken run of role words.</summary>
    private static RoleReading? Before(string text, IReadOnlyList<MentionItem> mentions, int m, DocumentAnalysis analysis, List<Token> tokens)
    {
        int end = mentions[m].Start;
        int from = Math.Max(0, end - Window);
        int cut = text.AsSpan(from, end - from).LastIndexOfAny(PhraseEnds + "،,");
        if (cut >= 0)
        {
            from += cut + 1;
        }
        // Most names follow a verb or a preposition: the one word before settles that without reading more.
        int wordEnd = end;
        while (wordEnd > from && char.IsWhiteSpace(text[wordEnd - 1]))
        {
            wordEnd--;
        }
        int wordStart = wordEnd;
        while (wordStart > from && !char.IsWhiteSpace(text[wordStart - 1]))
        {
            wordStart--;
        }
        if (wordStart == wordEnd)
        {
            return null;
        }
        tokens.Clear();
        WordForms.Tokenizer.Tokenize(text.AsSpan(wordStart, wordEnd - wordStart), tokens);
        if (tokens.Count != 1 || !(IsHead(tokens[0]) || Honorifics.Contains(tokens[0].Base) || Qualifies(tokens[0])
            || MentionAt(mentions, m, wordStart, analysis) is EntityType.Organization or EntityType.Location))
        {
            return null;
        }
        tokens.Clear();
        WordForms.Tokenizer.Tokenize(text.AsSpan(from, end - from), tokens);
        int head = -1, last = -1, words = 0;
        for (int t = tokens.Count - 1; t >= 0; t--, words++)
        {
            Token token = tokens[t];
            if (token.Kind is not (TokenKind.ArabicWord or TokenKind.LatinWord))
            {
                break;
            }
            if (words == MaxWords)
            {
                // Past the limit, another title may open a longer office than the one read: read nothing.
                if (IsHead(token))
                {
                    return null;
                }
                break;
            }
            if (head >= 0 && string.Equals(token.Normalized, OnBehalfOf, StringComparison.Ordinal))
            {
                // "المتحدث باسم رئيسة الوزراء البريطانية تيريزا ماي": the title after باسم is the name's own.
                break;
            }
            EntityType? inside = MentionAt(mentions, m, from + token.Start, analysis);
            if (inside == EntityType.Person)
            {
                break;
            }
            bool title = inside is null && IsHead(token);
            if (title)
            {
                head = t;
                last = last < 0 ? t : last;
                if (token.ProcliticLength > 0 && !HasOnlyArticle(token))
                {
                    // A conjunction or preposition opens the phrase: nothing before it belongs to the role.
                    break;
                }
                continue;
            }
            if (inside is null && Honorifics.Contains(token.Base))
            {
                continue;
            }
            if (head >= 0 && !Nobility.Contains(tokens[head].Base))
            {
                // Qualifiers follow their head: one before it closes another phrase, as in "استقبل
                // الرئيس العراقي وزير الخارجية الإيراني …", where the guest's office starts at وزير.
                // A rank of nobility next to the name (ولي العهد السعودي الأمير …) opens no phrase.
                break;
            }
            if (inside is null && !Qualifies(token))
            {
                break;
            }
            last = last < 0 ? t : last;
        }
        return head < 0 ? null : Role(text, from, tokens, head, last, t => MentionAt(mentions, m, from + tokens[t].Start, analysis) is not null);
    }

    /// <summary>The role in an apposition right after mention <paramref name="m"/>, unless it is really the next person's title.</summary>
    private static RoleReading? After(string text, IReadOnlyList<MentionItem> mentions, int m, DocumentAnalysis analysis, List<Token> tokens)
    {
        int start = mentions[m].End;
        int mark = start;
        while (mark < text.Length && text[mark] == ' ')
        {
            mark++;
        }
        if (mark == text.Length || !AppositionMarks.Contains(text[mark], StringComparison.Ordinal))
        {
            return null;
        }
        int to = Math.Min(text.Length, start + Window);
        int cut = text.AsSpan(start, to - start).IndexOfAny(PhraseEnds);
        if (cut >= 0)
        {
            to = start + cut;
        }
        tokens.Clear();
        WordForms.Tokenizer.Tokenize(text.AsSpan(start, to - start), tokens);
        if (tokens.Count < 2 || tokens[0].Kind is TokenKind.ArabicWord or TokenKind.LatinWord
            || tokens[0].End - tokens[0].Start != 1 || !AppositionMarks.Contains(text[start + tokens[0].Start], StringComparison.Ordinal))
        {
            return null;
        }
        Token first = tokens[1];
        if (first.Kind != TokenKind.ArabicWord || MentionAt(mentions, m, start + first.Start, analysis) is not null
            || !IsHead(first) || (first.ProcliticLength > 0 && !HasOnlyArticle(first)))
        {
            return null;
        }
        int last = 1;
        for (int t = 2; t < tokens.Count && t <= MaxWords; t++)
        {
            Token token = tokens[t];
            if (token.Kind is not (TokenKind.ArabicWord or TokenKind.LatinWord))
            {
                break;
            }
            EntityType? inside = MentionAt(mentions, m, start + token.Start, analysis);
            if (inside == EntityType.Person)
            {
                // "بايدن، الرئيس الفرنسي ماكرون": the title belongs to the name it leads to.
                return null;
            }
            if (inside is null && (!(IsHead(token) || Qualifies(token)) || StartsWithConjunction(token)))
            {
                break;
            }
            last = t;
        }
        return Role(text, start, tokens, 1, last, t => MentionAt(mentions, m, start + tokens[t].Start, analysis) is not null);
    }

    /// <summary>The type of the mention (other than <paramref name="m"/>) covering <paramref name="at"/>, if any; mentions are sorted by start.</summary>
    private static EntityType? MentionAt(IReadOnlyList<MentionItem> mentions, int m, int at, DocumentAnalysis analysis)
    {
        int step = at < mentions[m].Start ? -1 : 1;
        for (int j = m + step; j >= 0 && j < mentions.Count; j += step)
        {
            MentionItem other = mentions[j];
            if (other.Start <= at && at < other.End)
            {
                return other.Entity >= 0 && other.Entity < analysis.Entities.Count ? analysis.Entities[other.Entity].Type : EntityType.Organization;
            }
            if (step < 0 ? other.End <= at - Window : other.Start > at)
            {
                break;
            }
        }
        return null;
    }

    /// <summary>
    /// A title of the lexicon that says what the person does (not an honorific). A title that also
    /// heads organisations' names is a title only with the article: "الفريق" is a general,
    /// "فريق عاصي الحلاني" a team.
    /// </summary>
    private static bool IsHead(Token token)
    {
        int flags = Cues.Of(token.Base);
        return (flags & Cues.Title) != 0 && !Honorifics.Contains(token.Base)
            && ((flags & Cues.OrgHead) == 0 || HasArticle(token));
    }

    /// <summary>Whether the word is definite: the article split off as a clitic, or kept on a word the tokenizer does not split.</summary>
    private static bool HasArticle(Token token) =>
        TokenWords.HasArticle(token) || token.Normalized.StartsWith("ال", StringComparison.Ordinal) || token.Normalized.StartsWith("لل", StringComparison.Ordinal);

    private const string OnBehalfOf = "باسم";

    /// <summary>
    /// A word that can qualify a head: a definite word (العراقي، الدفاع، للأمم), باسم, or a head of
    /// an organisation's or place's name (هيئة، وزارة); not a conjunction's next phrase.
    /// </summary>
    private static bool Qualifies(Token token)
    {
        if (StartsWithConjunction(token) || TimeWords.Contains(token.Base))
        {
            return false;
        }
        string word = token.Normalized;
        return word.StartsWith("ال", StringComparison.Ordinal) || word.StartsWith("لل", StringComparison.Ordinal)
            || string.Equals(word, OnBehalfOf, StringComparison.Ordinal)
            || (Cues.Of(token.Base) & (Cues.OrgHead | Cues.LocHead | Cues.Title)) != 0;
    }

    private static bool StartsWithConjunction(Token token) => token.ProcliticLength > 0 && token.Normalized[0] is '\u0648' or '\u0641';

    private static bool HasOnlyArticle(Token token) => token.ProcliticLength == 2 && token.Normalized.StartsWith("ال", StringComparison.Ordinal);

    /// <summary>The role of tokens <paramref name="head"/>..<paramref name="last"/> of a window starting at <paramref name="offset"/>.</summary>
    private static RoleReading? Role(string text, int offset, List<Token> tokens, int head, int last, Func<int, bool> isName)
    {
        // Trailing honorifics and ranks ("الرئيس الأمريكي السيد …", "ولي العهد السعودي الأمير …") are not part of the role.
        while (last > head && (Honorifics.Contains(tokens[last].Base) || Nobility.Contains(tokens[last].Base)))
        {
            last--;
        }
        // An office ends on a definite word or a named body (the last term of a construct is definite).
        // One that ends indefinite is in construct with what follows: the name itself ("محامي ترامب",
        // "المتحدث باسم ميركل" say whose lawyer, whose spokesman) or words not read ("رئيس قسم …").
        if (!HasArticle(tokens[last]) && !isName(last))
        {
            return null;
        }
        Token first = tokens[head];
        string rest = text[(offset + first.End)..(offset + tokens[last].End)];
        string role = (HeadWord(text.AsSpan(offset + first.Start, first.End - first.Start), first) + rest).Trim();
        NameForm form = NameForm.Of(role);
        return form.IsEmpty ? null : new RoleReading(form.SpellingKey, role, Qualifies(role));
    }

    /// <summary>
    /// The head as written, less its conjunction and preposition: "ووزير" → "وزير", "للرئيس" →
    /// "الرئيس" (ل with the article), "الرئيس" unchanged.
    /// </summary>
    private static string HeadWord(ReadOnlySpan<char> written, Token token)
    {
        if (token.ProcliticLength == 0 || HasOnlyArticle(token))
        {
            return written.ToString();
        }
        ReadOnlySpan<char> clitics = token.Normalized.AsSpan(0, token.ProcliticLength);
        // ل before the article drops its alef, so "للاعب" may be ل + اللاعب read as ل + لاعب.
        bool article = clitics.EndsWith("ال") || clitics.EndsWith("لل") || (clitics.EndsWith("ل") && token.Base.StartsWith('\u0644'));
        // Skip as many letters of the original as the clitics have (harakat and tatweel are not letters).
        int skip = token.ProcliticLength, at = 0;
        while (at < written.Length && skip > 0)
        {
            if (!IsMark(written[at]))
            {
                skip--;
            }
            at++;
        }
        while (at < written.Length && IsMark(written[at]))
        {
            at++;
        }
        return (article ? "ال" : "") + written[at..].ToString();
    }

    private static bool IsMark(char c) => c is >= '\u064B' and <= '\u0652' or '\u0640';

    private static HashSet<string> Bases(string words) =>
        [.. words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => WordForms.Of(w).Base)];

    /// <summary>
    /// Whether a role says whose office it is (<see cref="RoleReading.IsQualified"/>): a word after
    /// its head is باسم, a nationality, or the head of a body.
    /// </summary>
    public static bool Qualifies(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string[] words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 1; i < words.Length; i++)
        {
            if (string.Equals(words[i], "باسم", StringComparison.Ordinal)
                || NationalityLexicon.CountryOf(words[i]) is not null
                || Cues.IsOrgHead(words[i]))
            {
                return true;
            }
        }

        return false;
    }
}
