using System.Text.Json;
using Marsad.Core.Analysis;
using Marsad.Core.Stories;

namespace Marsad.Core.Contract;

/// <summary>
/// Writes a <see cref="StoryAnalysis"/> as the contract (<c>shared/contract/analysis.schema.json</c>,
/// version 1): the documents with their resolved actor ids, <c>duplicateOf</c> and <c>story</c>;
/// the actors with every name, the evidence of each merge and their roles with years (<c>merges</c>
/// and <c>roles</c>, added fields the schema's open entity object allows);
/// the stories, the threads, the timeline, the conflicts, the question and the positions.
/// </summary>
public static class StoryFileWriter
{
    public static void Write(Stream output, GeneratorStamp generator, StoryAnalysis story, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(story);
        using var json = new Utf8JsonWriter(output, ContractJson.Options(indented));
        json.WriteStartObject();
        json.WriteString("version", "1");
        ContractJson.WriteGenerator(json, generator);

        json.WriteStartArray("documents");
        foreach (StoryDocument doc in story.Documents)
        {
            DocumentJson.Write(json, doc.Digest.Analysis ?? throw new InvalidOperationException($"{doc.Id}: a story file needs the whole analysis, and this document has only its digest"), doc.EntityId, j =>
            {
                j.WriteString("duplicateOf", story.DuplicateOf.TryGetValue(doc.Id, out string? original) ? original : null);
                j.WriteString("story", story.StoryOf.TryGetValue(doc.Id, out string? storyId) ? storyId : null);
            });
            json.Flush();
        }
        json.WriteEndArray();

        json.WriteStartArray("entities");
        foreach (ResolvedEntity entity in story.Entities)
        {
            WriteEntity(json, entity);
        }
        json.WriteEndArray();

        json.WriteStartArray("stories");
        foreach (StoryCluster cluster in story.Stories)
        {
            json.WriteStartObject();
            json.WriteString("id", cluster.Id);
            json.WriteString("title", cluster.Title);
            Strings(json, "documents", cluster.Documents);
            json.WriteString("from", cluster.From);
            json.WriteString("to", cluster.To);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("threads");
        foreach (StoryThread thread in story.Threads)
        {
            json.WriteStartObject();
            json.WriteString("id", thread.Id);
            json.WriteString("title", thread.Title);
            Strings(json, "stories", thread.Stories);
            json.WriteString("from", thread.From);
            json.WriteString("to", thread.To);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("timeline");
        foreach (TimelineEntry entry in story.Timeline)
        {
            json.WriteStartObject();
            json.WriteString("date", entry.Date);
            json.WriteString("summary", entry.Summary);
            json.WriteString("kind", entry.Kind);
            json.WriteString("status", entry.Status);
            Strings(json, "entities", entry.Entities);
            EvidenceList(json, entry.Evidence);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("conflicts");
        foreach (Conflict conflict in story.Conflicts)
        {
            json.WriteStartObject();
            json.WriteString("topic", conflict.Topic);
            json.WriteString("kind", conflict.Kind);
            json.WriteStartArray("claims");
            foreach (Claim claim in conflict.Claims)
            {
                json.WriteStartObject();
                WriteEvidence(json, claim.Evidence);
                WriteValue(json, claim.Value);
                json.WriteString("asOf", claim.AsOf);
                json.WriteString("outlet", claim.Outlet);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("positions");
        foreach (Position position in story.Positions)
        {
            json.WriteStartObject();
            json.WriteString("entity", position.Entity);
            json.WriteString("question", position.Question);
            json.WriteString("stance", position.Stance);
            EvidenceList(json, position.Evidence);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
    }

    private static void WriteEntity(Utf8JsonWriter json, ResolvedEntity entity)
    {
        json.WriteStartObject();
        json.WriteString("id", entity.Id);
        json.WriteString("name", entity.Name);
        json.WriteString("type", entity.Type.ToContract());
        Strings(json, "aliases", entity.Aliases);
        Strings(json, "documents", entity.Documents);
        json.WriteStartArray("merges");
        foreach (MergeEvidence merge in entity.Evidence)
        {
            json.WriteStartObject();
            json.WriteString("rule", merge.Rule);
            json.WriteString("name", merge.Name);
            json.WriteString("otherName", merge.OtherName);
            json.WriteString("detail", merge.Detail);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        if (entity.Roles.Count > 0)
        {
            // An added field, as merges is: the schema's entity object allows extra properties.
            json.WriteStartArray("roles");
            foreach (ActorRole role in entity.Roles)
            {
                json.WriteStartObject();
                json.WriteString("role", role.Role);
                json.WriteStartArray("years");
                foreach (int year in role.Years)
                {
                    json.WriteNumberValue(year);
                }
                json.WriteEndArray();
                json.WriteNumber("articles", role.Articles);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    private static void EvidenceList(Utf8JsonWriter json, IEnumerable<Evidence> evidence)
    {
        json.WriteStartArray("evidence");
        foreach (Evidence item in evidence)
        {
            json.WriteStartObject();
            WriteEvidence(json, item);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteEvidence(Utf8JsonWriter json, Evidence evidence)
    {
        json.WriteString("document", evidence.Document);
        json.WriteNumber("start", evidence.Start);
        json.WriteNumber("end", evidence.End);
    }

    private static void WriteValue(Utf8JsonWriter json, object value)
    {
        switch (value)
        {
            case double number:
                json.WriteNumber("value", number);
                break;
            case int whole:
                json.WriteNumber("value", whole);
                break;
            default:
                json.WriteString("value", Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
        }
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (string value in values)
        {
            json.WriteStringValue(value);
        }
        json.WriteEndArray();
    }
}
