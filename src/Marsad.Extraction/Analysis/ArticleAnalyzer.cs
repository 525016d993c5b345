using System.Reflection;
using Marsad.Text;
using Marsad.Core.Analysis;
using Marsad.Core.Contract;
using Marsad.Core.Documents;
using Marsad.Core.Digests;
using Marsad.Extraction.Dates;
using Marsad.Extraction.Digests;
using Marsad.Extraction.Lexicons;
using Marsad.Extraction.Entities;
using Marsad.Extraction.Entities.Linking;
using Marsad.Extraction.Entities.Recognition;
using Marsad.Extraction.Quantities;
using Marsad.Extraction.Quotes;

namespace Marsad.Extraction.Analysis;

/// <summary>
/// Article → <see cref="DocumentAnalysis"/>: names, dates, counts and quotes, linked into the
/// article's actors. Depends only on the article and the loaded models, never on a store, so it
/// runs on every core (and, later, on many machines). Immutable and thread-safe once built.
/// </summary>
/// <remarks>
/// Relative dates resolve against the article's publication date. The clock is consulted for one
/// thing only: a publication date later than tomorrow (a broken feed, a placeholder year) is not
/// trusted as an anchor, and the text's own explicit dates anchor instead. The clock is never an
/// anchor itself, so the same article gives the same analysis whenever it is run.
/// </remarks>
public sealed class ArticleAnalyzer
{
    private readonly EntityRecognizer _recognizer;
    private readonly TimeProvider _clock;

    public ArticleAnalyzer(EntityRecognizer recognizer, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        ArgumentNullException.ThrowIfNull(clock);
        _recognizer = recognizer;
        _clock = clock;
        Generator = new GeneratorStamp("marsad", ProgramVersion(), new Dictionary<string, string>
        {
            ["ner"] = recognizer.Version,
            ["dates"] = "rules-1",
            ["quantities"] = "rules-1",
            ["quotes"] = "rules-1",
            ["linking"] = "in-article-1",
        });
    }

    /// <summary>The program and model versions, for the contract's <c>generator</c>.</summary>
    public GeneratorStamp Generator { get; }

    public DocumentAnalysis Analyze(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Analyze(article, AnalyzedText.Of(article.Text));
    }

    /// <summary>
    /// The same, over the article's text already read (<see cref="AnalyzedText.Of"/>): every stage
    /// takes the same folded copy, tokens and sentences, and the caller may hand them on to the
    /// digest (<c>DigestBuilder.Build(analysis, read)</c>) so the text is read once in all.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="read"/> is not of the article's text.</exception>
    public DocumentAnalysis Analyze(Article article, AnalyzedText read)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(read);
        if (!ReferenceEquals(read.Text, article.Text) && !string.Equals(read.Text, article.Text, StringComparison.Ordinal))
        {
            throw new ArgumentException("The analysed text is not the article's.", nameof(read));
        }
        string text = read.Text;
        IReadOnlyList<EntityMention> names = CliticInitialNames.Restore(text, _recognizer.Find(read));
        IReadOnlyList<DateMention> dates = DateFinder.Find(read, Anchor(article));
        List<QuantityMention> counts = [.. QuantityFinder.Find(text, read.Tokens).Where(q => !Overlaps(q.Start, q.End, dates))];
        IReadOnlyList<QuoteMention> quotes = QuoteFinder.Find(read, names, dates);

        var builder = new EntityBuilder(MentionLinker.Link(names));
        var mentions = new List<MentionItem>(names.Count);
        for (int i = 0; i < names.Count; i++)
        {
            if (builder.OfMention(i) is { } entity)
            {
                var n = names[i];
                mentions.Add(new MentionItem(n.Start, n.End, n.Text, entity, n.Confidence));
            }
        }

        var quantities = counts.Select(q => new QuantityItem(
            q.Start, q.End, q.Text, q.Value, q.Unit, q.Approximate, Bound(q.Bound),
            q.Subject is { } s ? builder.Subject(s, names) : null, q.Confidence)).ToList();

        var quoteItems = new List<QuoteItem>(quotes.Count);
        foreach (QuoteMention q in quotes)
        {
            int? speaker = q.Speaker is { } sp ? builder.Speaker(sp) : null;
            int? speakerFor = q.Speaker is { } said ? builder.SpeakerFor(said, speaker) : null;
            quoteItems.Add(new QuoteItem(q.Start, q.End, q.Text, q.Direct, q.Cue, speaker, q.Date, q.Confidence, speakerFor));
        }

        SpeakForTheSameBody(quoteItems);

        AddMentions(mentions, builder.AddedMentions, 0);
        // Roles are read over the assembled analysis; a body found through one patches the quotes
        // (and may add an actor, with its mention), so the analysis is assembled again after.
        int added = builder.AddedMentions.Count;
        SpeakForTheBodyOfTheirRole(new DocumentAnalysis(article, [.. builder.Entities], mentions, dates, quantities, quoteItems), quoteItems, builder);
        AddMentions(mentions, builder.AddedMentions, added);
        return new DocumentAnalysis(article, builder.Entities, mentions, dates, quantities, quoteItems);
    }

    private static void AddMentions(List<MentionItem> mentions, List<MentionItem> added, int from)
    {
        if (added.Count > from)
        {
            mentions.AddRange(added.Skip(from));
            mentions.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        }
    }

    /// <summary>
    /// A speaker introduced once as speaking for a body ("الناطق باسم الحكومة العراقية باسم العوادي")
    /// still speaks for it when the article later names him alone ("وقال العوادي"): each quote of his
    /// without a body takes the one his first quote with a body gave.
    /// </summary>
    private static void SpeakForTheSameBody(List<QuoteItem> quotes)
    {
        var bodyOf = new Dictionary<int, int>();
        foreach (QuoteItem quote in quotes)
        {
            if (quote is { Speaker: int speaker, SpeakerFor: int body })
            {
                bodyOf.TryAdd(speaker, body);
            }
        }

        for (int i = 0; i < quotes.Count; i++)
        {
            if (quotes[i] is { Speaker: int speaker, SpeakerFor: null } && bodyOf.TryGetValue(speaker, out int body))
            {
                quotes[i] = quotes[i] with { SpeakerFor = body };
            }
        }
    }

    /// <summary>
    /// A person quoted without a body in the reporting clause may have been given one elsewhere in
    /// the article ("تركي المالكي، المتحدث الرسمي باسم قوات التحالف" in an earlier sentence): the
    /// body named in his qualified role — an organisation or place the article names, else the
    /// country of a nationality in it (رئيس الوزراء العراقي) — is the one he speaks for.
    /// </summary>
    private static void SpeakForTheBodyOfTheirRole(DocumentAnalysis analysis, List<QuoteItem> quotes, EntityBuilder builder)
    {
        if (!quotes.Exists(q => q is { Speaker: int s, SpeakerFor: null } && analysis.Entities[s].Type == EntityType.Person))
        {
            return;
        }

        RoleReading[][] roles = RoleReader.Read(analysis);
        var bodyOf = new Dictionary<int, int?>();
        for (int i = 0; i < quotes.Count; i++)
        {
            if (quotes[i] is not { Speaker: int speaker, SpeakerFor: null } || analysis.Entities[speaker].Type != EntityType.Person)
            {
                continue;
            }

            if (!bodyOf.TryGetValue(speaker, out int? body))
            {
                bodyOf[speaker] = body = BodyOfRole(analysis, roles[speaker], builder);
            }

            if (body is int found)
            {
                quotes[i] = quotes[i] with { SpeakerFor = found };
            }
        }
    }

    private static int? BodyOfRole(DocumentAnalysis analysis, RoleReading[] roles, EntityBuilder builder)
    {
        foreach (RoleReading role in roles)
        {
            if (!role.IsQualified)
            {
                continue;
            }

            LocalEntity? named = analysis.Entities
                .Where(e => e.Type != EntityType.Person)
                .SelectMany(e => e.Aliases.Prepend(e.Name).Select(name => (Entity: e, Name: name)))
                .Where(p => p.Name.Length > 1 && role.Text.Contains(p.Name, StringComparison.Ordinal))
                .OrderByDescending(p => p.Entity.Type == EntityType.Organization)
                .ThenByDescending(p => p.Name.Length)
                .Select(p => p.Entity)
                .FirstOrDefault();
            if (named is not null)
            {
                return named.Id;
            }

            // "المتحدث الرسمي باسم قوات التحالف", the body untagged: the words after باسم, where the
            // article first writes them, become the body if they name one (a head word leads them).
            int onBehalf = role.Text.IndexOf("باسم ", StringComparison.Ordinal);
            if (onBehalf >= 0 && role.Text[(onBehalf + 5)..] is { Length: > 0 } words
                && analysis.Article.Text.IndexOf(words, StringComparison.Ordinal) is int at and >= 0
                && builder.Speaker(new QuoteSpeaker(at, at + words.Length, words, null)) is int body
                && builder.Entities[body].Type != EntityType.Person)
            {
                return body;
            }

            foreach (string word in role.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (word == "في")
                {
                    break; // "الباحث في الشأن العراقي": a field, not whom he speaks for
                }

                if (NationalityLexicon.CountryOf(word) is { } country)
                {
                    return builder.Country(country);
                }
            }
        }

        return null;
    }

    private DateOnly? Anchor(Article article)
    {
        if (article.Published is not { } published)
        {
            return null;
        }
        var tomorrow = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime).AddDays(1);
        return published.Date > tomorrow ? null : published.Date;
    }

    private static bool Overlaps(int start, int end, IReadOnlyList<DateMention> dates)
    {
        foreach (var d in dates)
        {
            if (d.Start < end && start < d.End)
            {
                return true;
            }
        }
        return false;
    }

    private static string? Bound(QuantityBound? bound) => bound switch
    {
        QuantityBound.AtLeast => "AT_LEAST",
        QuantityBound.AtMost => "AT_MOST",
        _ => null,
    };

    private static string ProgramVersion()
    {
        var assembly = typeof(ArticleAnalyzer).Assembly;
        string? version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        // The SDK appends "+<commit>" when it knows it; that is exactly what a reader needs to reproduce a run.
        return version ?? assembly.GetName().Version?.ToString() ?? "0";
    }
}
