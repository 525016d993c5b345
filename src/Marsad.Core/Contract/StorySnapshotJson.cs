using System.Text.Json;
using Marsad.Core.Analysis;
using Marsad.Core.Stories;

namespace Marsad.Core.Contract;

/// <summary>
/// A <see cref="StorySnapshot"/> as a store keeps it: internal storage, not the contract. Written
/// in parts (<see cref="Parts"/>), each a compact JSON document, so that a command reads only what
/// it needs: <c>why</c> the actors, <c>brief --story</c> the stories, a whole brief everything.
/// Every part carries the format's version; a part of another version does not read
/// (<see cref="InvalidDataException"/>), and the story is built again.
/// </summary>
public static class StorySnapshotJson
{
    /// <summary>The format's version, in every part.</summary>
    public const int Version = 1;

    /// <summary>The question, the stories, which story each document is in, which documents are copies of which, the threads, and the joins that made the stories.</summary>
    public const string Stories = "stories";

    /// <summary>The actors: names, documents, merges and roles.</summary>
    public const string Entities = "entities";

    /// <summary>Each document's id and the collection id of each of its local actors, in input order.</summary>
    public const string Documents = "documents";

    public const string Timeline = "timeline";

    public const string Conflicts = "conflicts";

    public const string Positions = "positions";

    /// <summary>Every part, in the order they are written.</summary>
    public static IReadOnlyList<string> Parts { get; } = [Stories, Entities, Documents, Timeline, Conflicts, Positions];

    public static Dictionary<string, byte[]> Write(StorySnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            [Stories] = Part(json =>
            {
                json.WriteString("question", snapshot.Question);
                json.WriteStartArray("stories");
                foreach (StoryCluster story in snapshot.Stories)
                {
                    json.WriteStartArray();
                    json.WriteStringValue(story.Id);
                    json.WriteStringValue(story.Title);
                    PositionalJson.Strings(json, story.Documents);
                    PositionalJson.Nullable(json, story.From);
                    PositionalJson.Nullable(json, story.To);
                    json.WriteEndArray();
                }
                json.WriteEndArray();
                Pairs(json, "storyOf", snapshot.StoryOf);
                Pairs(json, "duplicateOf", snapshot.DuplicateOf);
                json.WriteStartArray("threads");
                foreach (StoryThread thread in snapshot.Threads)
                {
                    json.WriteStartArray();
                    json.WriteStringValue(thread.Id);
                    json.WriteStringValue(thread.Title);
                    PositionalJson.Strings(json, thread.Stories);
                    PositionalJson.Nullable(json, thread.From);
                    PositionalJson.Nullable(json, thread.To);
                    PositionalJson.Strings(json, thread.Actors);
                    json.WriteEndArray();
                }
                json.WriteEndArray();
                json.WriteStartArray("links");
                foreach (StoryLink link in snapshot.Links)
                {
                    json.WriteStartArray();
                    json.WriteStringValue(link.Story);
                    json.WriteStringValue(link.A);
                    json.WriteStringValue(link.B);
                    json.WriteNumberValue(link.Chance);
                    PositionalJson.Strings(json, link.Evidence);
                    json.WriteEndArray();
                }
                json.WriteEndArray();
            }),
            [Entities] = Part(json =>
            {
                json.WriteStartArray("entities");
                foreach (ResolvedEntity e in snapshot.Entities)
                {
                    json.WriteStartArray();
                    json.WriteStringValue(e.Id);
                    json.WriteStringValue(e.Name);
                    json.WriteStringValue(e.Type.ToContract());
                    PositionalJson.Strings(json, e.Aliases);
                    PositionalJson.Strings(json, e.Documents);
                    json.WriteStartArray();
                    foreach (MergeEvidence m in e.Evidence)
                    {
                        json.WriteStringValue(m.Rule);
                        json.WriteStringValue(m.Name);
                        json.WriteStringValue(m.OtherName);
                        json.WriteStringValue(m.Detail);
                    }
                    json.WriteEndArray();
                    json.WriteStartArray();
                    foreach (ActorRole r in e.Roles)
                    {
                        json.WriteStartArray();
                        json.WriteStringValue(r.Role);
                        json.WriteNumberValue(r.Articles);
                        foreach (int year in r.Years)
                        {
                            json.WriteNumberValue(year);
                        }
                        json.WriteEndArray();
                    }
                    json.WriteEndArray();
                    json.WriteEndArray();
                }
                json.WriteEndArray();
            }),
            [Documents] = Part(json =>
            {
                json.WriteStartArray("documents");
                foreach (SnapshotDocument d in snapshot.Documents)
                {
                    json.WriteStartArray();
                    json.WriteStringValue(d.Id);
                    foreach (string entity in d.Entities)
                    {
                        json.WriteStringValue(entity);
                    }
                    json.WriteEndArray();
                }
                json.WriteEndArray();
            }),
            [Timeline] = Part(json =>
            {
                json.WriteStartArray("timeline");
                foreach (TimelineEntry t in snapshot.Timeline)
                {
                    json.WriteStartArray();
                    PositionalJson.Nullable(json, t.Date);
                    json.WriteStringValue(t.Summary);
                    PositionalJson.Nullable(json, t.Kind);
                    json.WriteStringValue(t.Status);
                    PositionalJson.Strings(json, t.Entities);
                    EvidenceList(json, t.Evidence);
                    json.WriteEndArray();
                }
                json.WriteEndArray();
            }),
            [Conflicts] = Part(json =>
            {
                json.WriteStartArray("conflicts");
                foreach (Conflict c in snapshot.Conflicts)
                {
                    json.WriteStartArray();
                    json.WriteStringValue(c.Topic);
                    json.WriteStringValue(c.Kind);
                    json.WriteStartArray();
                    foreach (Claim claim in c.Claims)
                    {
                        json.WriteStartArray();
                        WriteEvidence(json, claim.Evidence);
                        WriteValue(json, claim.Value);
                        PositionalJson.Nullable(json, claim.AsOf);
                        PositionalJson.Nullable(json, claim.Outlet);
                        json.WriteEndArray();
                    }
                    json.WriteEndArray();
                    json.WriteEndArray();
                }
                json.WriteEndArray();
            }),
            [Positions] = Part(json =>
            {
                json.WriteStartArray("positions");
                foreach (Position p in snapshot.Positions)
                {
                    json.WriteStartArray();
                    json.WriteStringValue(p.Entity);
                    json.WriteStringValue(p.Question);
                    json.WriteStringValue(p.Stance);
                    EvidenceList(json, p.Evidence);
                    json.WriteEndArray();
                }
                json.WriteEndArray();
            }),
        };
    }

    /// <summary>
    /// Reads back what <see cref="Write"/> wrote. A part not given reads as empty: a caller asks
    /// for the parts it uses (<c>why</c> reads <see cref="Entities"/> alone).
    /// </summary>
    /// <exception cref="InvalidDataException">A part is not a stored snapshot part of this version.</exception>
    public static StorySnapshot Read(IReadOnlyDictionary<string, byte[]> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var readers = new List<Action>();
        try
        {
            string? question = null;
            var stories = new List<StoryCluster>();
            var storyOf = new Dictionary<string, string>(StringComparer.Ordinal);
            var duplicateOf = new Dictionary<string, string>(StringComparer.Ordinal);
            var threads = new List<StoryThread>();
            var links = new List<StoryLink>();
            readers.Add(() => ReadPart(parts, Stories, root =>
            {
                question = PositionalJson.Text(root.GetProperty("question"));
                foreach (JsonElement s in root.GetProperty("stories").EnumerateArray())
                {
                    stories.Add(new StoryCluster(s[0].GetString()!, s[1].GetString()!, PositionalJson.StringList(s[2]), PositionalJson.Text(s[3]), PositionalJson.Text(s[4])));
                }
                ReadPairs(root.GetProperty("storyOf"), storyOf);
                ReadPairs(root.GetProperty("duplicateOf"), duplicateOf);
                foreach (JsonElement t in root.GetProperty("threads").EnumerateArray())
                {
                    threads.Add(new StoryThread(t[0].GetString()!, t[1].GetString()!, PositionalJson.StringList(t[2]), PositionalJson.Text(t[3]), PositionalJson.Text(t[4]), PositionalJson.StringList(t[5])));
                }
                foreach (JsonElement l in root.GetProperty("links").EnumerateArray())
                {
                    links.Add(new StoryLink(l[0].GetString()!, l[1].GetString()!, l[2].GetString()!, l[3].GetDouble(), PositionalJson.StringList(l[4])));
                }
            }));

            var entities = new List<ResolvedEntity>();
            readers.Add(() => ReadPart(parts, Entities, root =>
            {
                foreach (JsonElement e in root.GetProperty("entities").EnumerateArray())
                {
                    EntityType type = EntityTypes.FromLabel(e[2].GetString()!) ?? throw new InvalidDataException("unknown entity type " + e[2].GetString());
                    JsonElement m = e[5];
                    var merges = new MergeEvidence[m.GetArrayLength() / 4];
                    for (int i = 0; i < merges.Length; i++)
                    {
                        merges[i] = new MergeEvidence(m[4 * i].GetString()!, m[(4 * i) + 1].GetString()!, m[(4 * i) + 2].GetString()!, m[(4 * i) + 3].GetString()!);
                    }
                    var roles = new List<ActorRole>();
                    foreach (JsonElement r in e[6].EnumerateArray())
                    {
                        var years = new int[r.GetArrayLength() - 2];
                        for (int i = 0; i < years.Length; i++)
                        {
                            years[i] = r[i + 2].GetInt32();
                        }
                        roles.Add(new ActorRole(r[0].GetString()!, years, r[1].GetInt32()));
                    }
                    entities.Add(new ResolvedEntity(e[0].GetString()!, e[1].GetString()!, type, PositionalJson.StringList(e[3]), PositionalJson.StringList(e[4]), merges, roles));
                }
            }));

            var documents = new List<SnapshotDocument>();
            readers.Add(() => ReadPart(parts, Documents, root =>
            {
                foreach (JsonElement d in root.GetProperty("documents").EnumerateArray())
                {
                    var ids = new string[d.GetArrayLength() - 1];
                    for (int i = 0; i < ids.Length; i++)
                    {
                        ids[i] = d[i + 1].GetString()!;
                    }
                    documents.Add(new SnapshotDocument(d[0].GetString()!, ids));
                }
            }));

            var timeline = new List<TimelineEntry>();
            readers.Add(() => ReadPart(parts, Timeline, root =>
            {
                foreach (JsonElement t in root.GetProperty("timeline").EnumerateArray())
                {
                    timeline.Add(new TimelineEntry(PositionalJson.Text(t[0]), t[1].GetString()!, PositionalJson.Text(t[2]), PositionalJson.StringList(t[4]), ReadEvidenceList(t[5]), t[3].GetString()!));
                }
            }));

            var conflicts = new List<Conflict>();
            readers.Add(() => ReadPart(parts, Conflicts, root =>
            {
                foreach (JsonElement c in root.GetProperty("conflicts").EnumerateArray())
                {
                    var claims = new List<Claim>();
                    foreach (JsonElement claim in c[2].EnumerateArray())
                    {
                        claims.Add(new Claim(ReadEvidence(claim, 0), ReadValue(claim[3], claim[4]), PositionalJson.Text(claim[5]), PositionalJson.Text(claim[6])));
                    }
                    conflicts.Add(new Conflict(c[0].GetString()!, c[1].GetString()!, claims));
                }
            }));

            var positions = new List<Position>();
            readers.Add(() => ReadPart(parts, Positions, root =>
            {
                foreach (JsonElement p in root.GetProperty("positions").EnumerateArray())
                {
                    positions.Add(new Position(p[0].GetString()!, p[1].GetString()!, p[2].GetString()!, ReadEvidenceList(p[3])));
                }
            }));

            // The parts are independent documents: parsed side by side.
            Parallel.Invoke([.. readers]);
            return new StorySnapshot(documents, entities, duplicateOf, storyOf, stories, timeline, conflicts, question, positions)
            {
                Threads = threads,
                Links = links,
            };
        }
        catch (AggregateException all) when (all.InnerExceptions.Count > 0)
        {
            Exception e = all.InnerExceptions[0];
            if (e is InvalidDataException || !IsMalformed(e))
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e);
            }
            throw Unreadable(e);
        }
    }

    private static bool IsMalformed(Exception e) => e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or IndexOutOfRangeException;

    private static InvalidDataException Unreadable(Exception e) => new("Not a stored Marsad story: " + e.Message, e);

    private static byte[] Part(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, ContractJson.Options(indented: false)))
        {
            json.WriteStartObject();
            json.WriteNumber("v", Version);
            body(json);
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    private static void ReadPart(IReadOnlyDictionary<string, byte[]> parts, string name, Action<JsonElement> read)
    {
        if (!parts.TryGetValue(name, out byte[]? bytes))
        {
            return;
        }
        using var document = JsonDocument.Parse(bytes);
        if (!document.RootElement.TryGetProperty("v", out JsonElement v) || v.GetInt32() != Version)
        {
            throw new InvalidDataException($"the stored story's {name} is not of version {Version}");
        }
        read(document.RootElement);
    }

    private static void EvidenceList(Utf8JsonWriter json, IReadOnlyList<Evidence> evidence)
    {
        json.WriteStartArray();
        foreach (Evidence e in evidence)
        {
            WriteEvidence(json, e);
        }
        json.WriteEndArray();
    }

    /// <summary>An evidence span as three values in the array being written: document, start, end.</summary>
    private static void WriteEvidence(Utf8JsonWriter json, Evidence e)
    {
        json.WriteStringValue(e.Document);
        json.WriteNumberValue(e.Start);
        json.WriteNumberValue(e.End);
    }

    private static Evidence[] ReadEvidenceList(JsonElement flat)
    {
        var list = new Evidence[flat.GetArrayLength() / 3];
        for (int i = 0; i < list.Length; i++)
        {
            list[i] = ReadEvidence(flat, 3 * i);
        }
        return list;
    }

    private static Evidence ReadEvidence(JsonElement flat, int at) => new(flat[at].GetString()!, flat[at + 1].GetInt32(), flat[at + 2].GetInt32());

    /// <summary>A claim's value with its kind first, so a whole number stays an int and a figure a double (the brief prints them differently).</summary>
    private static void WriteValue(Utf8JsonWriter json, object value)
    {
        switch (value)
        {
            case double number:
                json.WriteStringValue("d");
                json.WriteNumberValue(number);
                break;
            case int whole:
                json.WriteStringValue("i");
                json.WriteNumberValue(whole);
                break;
            default:
                json.WriteStringValue("s");
                json.WriteStringValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
        }
    }

    private static object ReadValue(JsonElement kind, JsonElement value) => kind.GetString() switch
    {
        "d" => value.GetDouble(),
        "i" => value.GetInt32(),
        "s" => value.GetString()!,
        var other => throw new InvalidDataException($"unknown claim value kind '{other}'"),
    };

    private static void Pairs(Utf8JsonWriter json, string name, IReadOnlyDictionary<string, string> pairs)
    {
        // In the story's own order, which is read back: a reader that lists them (copies in the
        // order they were found) sees what a fresh build shows.
        json.WriteStartArray(name);
        foreach (var (key, value) in pairs)
        {
            json.WriteStringValue(key);
            json.WriteStringValue(value);
        }
        json.WriteEndArray();
    }

    private static void ReadPairs(JsonElement flat, Dictionary<string, string> into)
    {
        for (int i = 0; i + 1 < flat.GetArrayLength(); i += 2)
        {
            into[flat[i].GetString()!] = flat[i + 1].GetString()!;
        }
    }
}
