using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using Marsad.Core.Analysis;
using Marsad.Core.Digests;
using Marsad.Core.Documents;

namespace Marsad.Core.Contract;

/// <summary>
/// A <see cref="DocumentDigest"/> as a store keeps it beside the analysis: internal storage, not
/// the contract (no <c>marsad analyze</c> file holds it). Compact, because a collection reads one
/// per article on every build: positional arrays instead of named fields, and the number-heavy
/// parts (MinHash signature, hashed word counts) as base64 of their little-endian bytes. The body
/// text is not repeated: the store already holds it, and <see cref="Read(string, string)"/> takes it back, so every
/// offset still points into the one stored text. Versioned (<see cref="DocumentDigest.Version"/>):
/// a digest of another version reads as absent, and is built again from the analysis.
/// </summary>
public static class DigestJson
{
    public static string Write(DocumentDigest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, ContractJson.Options(indented: false)))
        {
            json.WriteStartObject();
            json.WriteNumber("v", DocumentDigest.Version);
            Article a = digest.Article;
            json.WriteStartArray("article");
            json.WriteStringValue(a.Id);
            json.WriteStringValue(a.Source);
            PositionalJson.Nullable(json, a.Title);
            PositionalJson.Nullable(json, a.Author);
            PositionalJson.Nullable(json, a.Outlet);
            // The publication time whole: a toll rising through one day is told apart from sources disagreeing at one time by the hour.
            PositionalJson.Nullable(json, a.Published?.ToString());
            json.WriteEndArray();

            json.WriteStartArray("entities");
            foreach (LocalEntity e in digest.Entities)
            {
                json.WriteStartArray();
                json.WriteStringValue(e.Name);
                json.WriteStringValue(e.Type.ToContract());
                PositionalJson.Strings(json, e.Aliases);
                json.WriteEndArray();
            }
            json.WriteEndArray();

            json.WriteStartArray("mentions");
            foreach (MentionItem m in digest.Mentions)
            {
                json.WriteNumberValue(m.Start);
                json.WriteNumberValue(m.End);
                json.WriteNumberValue(m.Entity);
            }
            json.WriteEndArray();

            json.WriteStartArray("dates");
            foreach (DateMention d in digest.Dates)
            {
                json.WriteStartArray();
                json.WriteNumberValue(d.Start);
                json.WriteNumberValue(d.End);
                PositionalJson.Nullable(json, d.Value);
                PositionalJson.Nullable(json, d.Modifier?.ToString());
                json.WriteEndArray();
            }
            json.WriteEndArray();

            json.WriteStartArray("roles");
            foreach (IReadOnlyList<RoleReading> roles in digest.Roles)
            {
                json.WriteStartArray();
                foreach (RoleReading r in roles)
                {
                    json.WriteStringValue(r.Key);
                    json.WriteStringValue(r.Text);
                    json.WriteBooleanValue(r.IsQualified);
                }
                json.WriteEndArray();
            }
            json.WriteEndArray();

            json.WriteBase64String("minhash", MemoryMarshal.AsBytes(digest.Body.MinHash.AsSpan()));
            if (digest.Body.ExactKey is { } exact)
            {
                json.WriteString("exact", exact.ToString(CultureInfo.InvariantCulture));
            }
            json.WriteBase64String("terms", MemoryMarshal.AsBytes(digest.Words.Terms.AsSpan()));
            json.WriteBase64String("counts", MemoryMarshal.AsBytes(digest.Words.Counts.AsSpan()));

            json.WriteStartArray("headline");
            json.WriteStringValue(digest.Headline.Text);
            json.WriteStartArray();
            foreach (HeadlineWord w in digest.Headline.Words)
            {
                json.WriteStringValue(w.Stem);
                json.WriteNumberValue(w.Start);
                json.WriteNumberValue(w.End);
                json.WriteBooleanValue(w.AfterBreak);
            }
            json.WriteEndArray();
            PositionalJson.Strings(json, digest.Headline.Heads);
            PositionalJson.Strings(json, digest.Headline.Kinds);
            json.WriteStartArray();
            foreach (int entity in digest.Headline.Entities)
            {
                json.WriteNumberValue(entity);
            }
            json.WriteEndArray();
            json.WriteEndArray();

            json.WriteStartArray("events");
            foreach (EventDigest e in digest.Events)
            {
                json.WriteStartArray();
                json.WriteNumberValue(e.Start);
                json.WriteNumberValue(e.End);
                json.WriteStringValue(e.Kind);
                json.WriteStringValue(e.Date);
                json.WriteBooleanValue(e.DateFromPublication);
                json.WriteBooleanValue(e.Planned);
                PositionalJson.Strings(json, e.Head);
                json.WriteEndArray();
            }
            json.WriteEndArray();

            json.WriteStartArray("claims");
            foreach (CountDigest c in digest.Counts)
            {
                json.WriteStartArray();
                json.WriteNumberValue(c.Start);
                json.WriteNumberValue(c.End);
                json.WriteStringValue(c.Fact);
                json.WriteNumberValue(c.Value);
                json.WriteNumberValue(c.Low);
                PositionalJson.Nullable(json, c.High);
                PositionalJson.Nullable(json, c.AsOf);
                PositionalJson.Nullable(json, c.Subject);
                json.WriteEndArray();
            }
            json.WriteEndArray();

            json.WriteStartArray("quotes");
            foreach (QuoteDigest q in digest.Quotes)
            {
                json.WriteStartArray();
                json.WriteNumberValue(q.Start);
                json.WriteNumberValue(q.End);
                PositionalJson.Nullable(json, q.Speaker);
                PositionalJson.Strings(json, q.Around);
                PositionalJson.Strings(json, q.Words);
                json.WriteStringValue(q.Verb);
                json.WriteEndArray();
            }
            json.WriteEndArray();

            // Spans and stem counts as one flat array, every sentence's stems in one base64 run.
            json.WriteStartArray("sentences");
            foreach (SentenceStems s in digest.Sentences)
            {
                json.WriteNumberValue(s.Start);
                json.WriteNumberValue(s.End);
                json.WriteNumberValue(s.Stems.Length);
            }
            json.WriteEndArray();
            json.WriteBase64String("stems", MemoryMarshal.AsBytes(digest.Sentences.Stems.AsSpan()));
            json.WriteNumber("dateline", digest.Dateline);
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>
    /// Reads back what <see cref="Write"/> wrote, with the article's stored <paramref name="text"/>;
    /// null for a digest of another version (build it again from the analysis).
    /// </summary>
    /// <exception cref="InvalidDataException">The JSON is not a digest.</exception>
    public static DocumentDigest? Read(string json, string text)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            using var document = JsonDocument.Parse(json);
            JsonElement root = document.RootElement;
            if (root.GetProperty("v").GetInt32() != DocumentDigest.Version)
            {
                return null;
            }

            JsonElement a = root.GetProperty("article");
            string? published = PositionalJson.Text(a[5]);
            var article = new Article(a[0].GetString()!, a[1].GetString()!, PositionalJson.Text(a[2]), text, PositionalJson.Text(a[3]), PositionalJson.Text(a[4]),
                published is null ? null : PublicationTime.TryParse(published, out PublicationTime time) ? time : throw new FormatException("not a publication time: " + published), null);

            var entities = new List<LocalEntity>();
            foreach (JsonElement e in root.GetProperty("entities").EnumerateArray())
            {
                EntityType type = EntityTypes.FromLabel(e[1].GetString()!) ?? throw new InvalidDataException("unknown entity type " + e[1].GetString());
                entities.Add(new LocalEntity(entities.Count, e[0].GetString()!, type, PositionalJson.StringList(e[2], pooled: true)));
            }

            JsonElement flat = root.GetProperty("mentions");
            var mentions = new List<MentionItem>(flat.GetArrayLength() / 3);
            for (int i = 0; i + 2 < flat.GetArrayLength(); i += 3)
            {
                int start = flat[i].GetInt32(), end = flat[i + 1].GetInt32();
                mentions.Add(new MentionItem(start, end, Slice(text, start, end), flat[i + 2].GetInt32(), 1));
            }

            var dates = new List<DateMention>();
            foreach (JsonElement d in root.GetProperty("dates").EnumerateArray())
            {
                int start = d[0].GetInt32(), end = d[1].GetInt32();
                dates.Add(new DateMention(start, end, Slice(text, start, end), PositionalJson.Text(d[2]), PositionalJson.Text(d[3]) is { } m ? Enum.Parse<DateModifier>(m) : null));
            }

            var roles = new List<IReadOnlyList<RoleReading>>();
            foreach (JsonElement r in root.GetProperty("roles").EnumerateArray())
            {
                var list = new RoleReading[r.GetArrayLength() / 3];
                for (int i = 0; i < list.Length; i++)
                {
                    list[i] = new RoleReading(r[3 * i].GetString()!, r[(3 * i) + 1].GetString()!, r[(3 * i) + 2].GetBoolean());
                }
                roles.Add(list);
            }

            uint[] minHash = MemoryMarshal.Cast<byte, uint>(root.GetProperty("minhash").GetBytesFromBase64()).ToArray();
            ulong? exact = root.TryGetProperty("exact", out JsonElement x) ? ulong.Parse(x.GetString()!, CultureInfo.InvariantCulture) : null;
            ulong[] terms = MemoryMarshal.Cast<byte, ulong>(root.GetProperty("terms").GetBytesFromBase64()).ToArray();
            int[] counts = MemoryMarshal.Cast<byte, int>(root.GetProperty("counts").GetBytesFromBase64()).ToArray();

            JsonElement h = root.GetProperty("headline");
            JsonElement hw = h[1];
            var words = new HeadlineWord[hw.GetArrayLength() / 4];
            for (int i = 0; i < words.Length; i++)
            {
                words[i] = new HeadlineWord(WordPool.Share(hw[4 * i].GetString()!), hw[(4 * i) + 1].GetInt32(), hw[(4 * i) + 2].GetInt32(), hw[(4 * i) + 3].GetBoolean());
            }
            var headline = new HeadlineDigest(h[0].GetString()!, words, PositionalJson.StringList(h[2], pooled: true), PositionalJson.StringList(h[3], pooled: true),
                [.. h[4].EnumerateArray().Select(e => e.GetInt32())]);

            var events = new List<EventDigest>();
            foreach (JsonElement e in root.GetProperty("events").EnumerateArray())
            {
                events.Add(new EventDigest(e[0].GetInt32(), e[1].GetInt32(), WordPool.Share(e[2].GetString()!), e[3].GetString()!, e[4].GetBoolean(), e[5].GetBoolean(), PositionalJson.StringList(e[6], pooled: true)));
            }

            var claims = new List<CountDigest>();
            foreach (JsonElement c in root.GetProperty("claims").EnumerateArray())
            {
                claims.Add(new CountDigest(c[0].GetInt32(), c[1].GetInt32(), c[2].GetString()!, c[3].GetDouble(), c[4].GetDouble(),
                    c[5].ValueKind == JsonValueKind.Null ? null : c[5].GetDouble(), PositionalJson.Text(c[6]), c[7].ValueKind == JsonValueKind.Null ? null : c[7].GetInt32()));
            }

            ulong[] stems = MemoryMarshal.Cast<byte, ulong>(root.GetProperty("stems").GetBytesFromBase64()).ToArray();
            JsonElement spans = root.GetProperty("sentences");
            int sentenceCount = spans.GetArrayLength() / 3;
            var bounds = new int[2 * sentenceCount];
            var stemEnds = new int[sentenceCount];
            for (int i = 0, at = 0; i < sentenceCount; i++)
            {
                bounds[2 * i] = spans[3 * i].GetInt32();
                bounds[(2 * i) + 1] = spans[(3 * i) + 1].GetInt32();
                at += spans[(3 * i) + 2].GetInt32();
                stemEnds[i] = at;
            }
            var sentences = new SentenceTable(bounds, stemEnds, stems);

            return new DocumentDigest(article, entities, mentions, dates, roles, new BodySignature(minHash, exact), new TermCounts(terms, counts, []),
                headline, events, claims, Quotes(root), sentences)
            {
                Dateline = root.GetProperty("dateline").GetInt32(),
            };
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException or IndexOutOfRangeException)
        {
            throw new InvalidDataException("Not a stored Marsad digest: " + e.Message, e);
        }
    }

    private static List<QuoteDigest> Quotes(JsonElement root)
    {
        var quotes = new List<QuoteDigest>();
        foreach (JsonElement q in root.GetProperty("quotes").EnumerateArray())
        {
            quotes.Add(new QuoteDigest(q[0].GetInt32(), q[1].GetInt32(), q[2].ValueKind == JsonValueKind.Null ? null : q[2].GetInt32(),
                PositionalJson.StringList(q[3], pooled: true), PositionalJson.StringList(q[4], pooled: true), WordPool.Share(q[5].GetString()!)));
        }
        return quotes;
    }

    private static string Slice(string text, int start, int end) =>
        start >= 0 && end <= text.Length && start <= end ? text[start..end] : string.Empty;
}
