using Marsad.Core.Analysis;
using Marsad.Extraction.Entities;
using Marsad.Extraction.Entities.Linking;
using Marsad.Extraction.Lexicons;
using Marsad.Extraction.Quantities;
using Marsad.Extraction.Quotes;
using Marsad.Text.Names;
using Marsad.Text.Normalization;
using NameCues = Marsad.Extraction.Entities.Recognition.CueLexicon;

namespace Marsad.Extraction.Analysis;

/// <summary>
/// The article's actors while an analysis is assembled: the linked mentions first, then the
/// actors that quotes and counts refer to without a recognised mention (a speaker the tagger
/// missed but an earlier mention names the same way; the country of "جندي أميركي").
/// </summary>
internal sealed class EntityBuilder
{
    private readonly List<LocalEntity> _entities;
    private readonly IReadOnlyList<int> _ofMention;
    private readonly Dictionary<(EntityType, string), int> _byKey = [];

    public EntityBuilder(LinkedMentions linked)
    {
        _entities = [.. linked.Entities];
        _ofMention = linked.EntityOfMention;
        foreach (var entity in _entities)
        {
            foreach (string name in entity.Aliases.Prepend(entity.Name))
            {
                _byKey.TryAdd((entity.Type, Key(name)), entity.Id);
            }
        }
    }

    public IReadOnlyList<LocalEntity> Entities => _entities;

    public int? OfMention(int mention) => mention >= 0 && mention < _ofMention.Count && _ofMention[mention] >= 0 ? _ofMention[mention] : null;

    /// <summary>Mentions added for speakers the tagger missed (see <see cref="Speaker"/>).</summary>
    public List<MentionItem> AddedMentions { get; } = [];

    /// <summary>
    /// The speaker's actor: its mention's; else an actor the article already names with the same
    /// words; else, when the speaker is a named body ("وزارة الدفاع المالية", headed by a word such
    /// as وزارة, حركة or مجلس), a new organisation with the speaker's words as its mention; when
    /// the speaker is a title and a name ("العميد الحديثي"), a new person named by the words after
    /// the title. A generic speaker ("مصدر أمني", "مسؤولون", "المتحدث الرسمي") stays unnamed: null.
    /// </summary>
    public int? Speaker(QuoteSpeaker speaker)
    {
        if (speaker.Entity is { } mention && OfMention(mention) is { } entity)
        {
            return entity;
        }
        string key = Key(speaker.Text);
        if (key.Length == 0)
        {
            return null;
        }
        foreach (EntityType known in (ReadOnlySpan<EntityType>)[EntityType.Person, EntityType.Organization, EntityType.Location])
        {
            if (_byKey.TryGetValue((known, key), out int id))
            {
                return id;
            }
        }
        // An unnamed spokesperson speaks for the body named after باسم ("المتحدث باسم وزارة الخارجية التركية").
        int start = speaker.Start;
        string body = speaker.Text;
        int onBehalf = OnBehalfOf(body);
        if (onBehalf > 0)
        {
            start += onBehalf;
            body = body[onBehalf..];
            if (_byKey.TryGetValue((EntityType.Organization, Key(body)), out int spokenFor))
            {
                return spokenFor;
            }
        }

        EntityType type = EntityType.Organization;
        if (!speaker.Body && !IsNamedBody(body))
        {
            // A titled person the tagger missed ("العميد الحديثي"): the words after the title.
            int name = TitledName(body);
            if (name <= 0)
            {
                return null;
            }
            start += name;
            body = body[name..];
            if (_byKey.TryGetValue((EntityType.Person, Key(body)), out int person))
            {
                return person;
            }
            if (_byKey.ContainsKey((EntityType.Location, Key(body))) || _byKey.ContainsKey((EntityType.Organization, Key(body))))
            {
                return null; // "سفيرة واشنطن": the title's place or body, not the holder's name
            }
            type = EntityType.Person;
        }
        int added = FindOrAdd(body, type);
        // A speaker span is reported as it was written, so it doubles as the new actor's mention;
        // the confidence is the quote finder's, lower than the tagger's, since only syntax found it.
        AddedMentions.Add(new MentionItem(start, start + body.Length, body, added, 0.6));
        return added;
    }

    /// <summary>The actor of a country named by its canonical name, added (with no mention) when the article has none.</summary>
    public int Country(string name) => FindOrAdd(name, EntityType.Location);

    /// <summary>The actor of the body a speaker speaks for (<see cref="QuoteSpeaker.For"/>), unless it is the speaker itself.</summary>
    public int? SpeakerFor(QuoteSpeaker speaker, int? speakerEntity)
    {
        if (speaker.For is not { } spokenFor)
        {
            return null;
        }

        // A nationality names its country, which need not be mentioned by name: it is added as an actor, with no mention.
        int? body = spokenFor.Country is { } country ? Country(country) : Speaker(spokenFor);
        return body is { } b && b != speakerEntity && _entities[b].Type != EntityType.Person ? b : null;
    }

    /// <summary>
    /// Where the body starts in a spokesperson phrase — one or two words (المتحدث، الناطق الرسمي،
    /// المتحدثة) and then باسم — or 0 when <paramref name="text"/> is not one. Any words before باسم
    /// are accepted, up to two: the phrase has already been found as the subject of a reporting verb.
    /// </summary>
    private static int OnBehalfOf(string text)
    {
        int at = 0;
        for (int word = 0; word < 3; word++)
        {
            int space = text.IndexOf(' ', at);
            if (space < 0)
            {
                return 0;
            }

            if (word > 0 && string.Equals(ArabicNormalizer.Default.NormalizeTerm(text.AsSpan(at, space - at)), ClauseWords.OnBehalfOf, StringComparison.Ordinal))
            {
                return space + 1;
            }

            at = space + 1;
        }

        return 0;
    }

    /// <summary>
    /// Words that follow a title as part of the role, not the name: "المتحدث الرسمي", "الوزير
    /// السابق". They look like family names (ال…ي) but say what the person is.
    /// </summary>
    private static readonly HashSet<string> RoleWords = new(StringComparer.Ordinal)
    {
        "الرسمي", "الرسميه", "العسكري", "العسكريه", "الاعلامي", "الاعلاميه", "الامني", "الامنيه", "السابق", "السابقه",
        "الجديد", "الجديده", "العام", "العامه", "الاول", "الاولي", "الثاني", "المساعد", "المساعده", "الدائم", "الدائمه",
        "الخاص", "الخاصه", "الاعلي", "التنفيذي", "التنفيذيه", "السياسي", "السياسيه", "الاقتصادي", "القانوني", "الدولي",
    };

    /// <summary>
    /// Where the name starts in a titled speaker — a title (العميد, الباحث) then one or two name
    /// words that are neither a role word (الرسمي, السابق), a nationality (الأمريكي) nor another
    /// title — or 0 when <paramref name="text"/> is not one.
    /// </summary>
    private static int TitledName(string text)
    {
        string[] words = text.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 3 || !NameCues.IsTitle(words[0]))
        {
            return 0;
        }
        foreach (string word in words.AsSpan(1))
        {
            string folded = Folding.NormalizeTerm(word);
            if (RoleWords.Contains(folded) || NameCues.IsTitle(word) || NameCues.IsOrgHead(word) || NationalityLexicon.CountryOf(word) is not null)
            {
                return 0;
            }
        }
        return text.IndexOf(words[1], words[0].Length, StringComparison.Ordinal);
    }

    private static readonly ArabicNormalizer Folding = ArabicNormalizer.Search;

    /// <summary>
    /// Institutions that, with the article, name the body of the country the article is about and
    /// speak as it: "قالت الشرطة"، "أعلن الجيش"، "أكدت الحكومة". A ministry or a party (الوزارة،
    /// الحزب) needs its name: alone it only refers back to one.
    /// </summary>
    private static readonly HashSet<string> Institutions = new(
        new[] { "الشرطة", "الجيش", "الحكومة", "الرئاسة", "النيابة", "البرلمان", "الكونغرس" }.Select(w => Folding.NormalizeTerm(w)),
        StringComparer.Ordinal);

    /// <summary>
    /// Two to six words led by an organisation head word (وزارة الدفاع المالية, حركة النجباء), or an
    /// institution with the article and at most two words after it (الشرطة، النيابة العامة، الجيش الإسرائيلي).
    /// </summary>
    private static bool IsNamedBody(string text)
    {
        string[] words = text.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 6)
        {
            return false;
        }
        if (words.Length <= 3 && Institutions.Contains(Folding.NormalizeTerm(words[0])))
        {
            return true;
        }
        return words.Length >= 2 && NameCues.IsOrgHead(words[0]);
    }

    /// <summary>The actor a count is about: the recognised name its hint overlaps, else the country a nationality word names.</summary>
    public int? Subject(SubjectHint hint, IReadOnlyList<EntityMention> mentions)
    {
        for (int i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Start < hint.End && hint.Start < mentions[i].End && OfMention(i) is { } entity)
            {
                return entity;
            }
        }
        return hint.Country is { } country ? FindOrAdd(country, EntityType.Location) : null;
    }

    private int FindOrAdd(string name, EntityType type)
    {
        string key = Key(name);
        if (_byKey.TryGetValue((type, key), out int id))
        {
            return id;
        }
        id = _entities.Count;
        _entities.Add(new LocalEntity(id, name, type, []));
        _byKey.Add((type, key), id);
        return id;
    }

    private static string Key(string name) => NameKey.Join(NameKey.Words(name));
}
