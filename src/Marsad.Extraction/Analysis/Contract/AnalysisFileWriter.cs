using System.Text.Json;
using Marsad.Extraction.Entities;

namespace Marsad.Extraction.Analysis.Contract;

/// <summary>
/// Streams a contract file (<c>shared/contract/analysis.schema.json</c>, version 1): documents are
/// written as they arrive, so memory stays flat in the number of articles; the entity list, which
/// only grows by actors, is written by <see cref="Complete"/>. Not thread-safe: one writer, one
/// thread (analysis runs in parallel before it).
/// </summary>
public sealed class AnalysisFileWriter : IDisposable
{
    private readonly Utf8JsonWriter _json;
    private readonly EntityRegistry _entities = new();
    private readonly HashSet<string> _documentIds = new(StringComparer.Ordinal);
    private bool _completed;

    public AnalysisFileWriter(Stream output, GeneratorStamp generator, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(generator);
        _json = new Utf8JsonWriter(output, ContractJson.Options(indented));
        _json.WriteStartObject();
        _json.WriteString("version", "1");
        WriteGenerator(_json, generator);
        _json.WriteStartArray("documents");
    }

    /// <summary>Documents written so far.</summary>
    public int Count { get; private set; }

    /// <summary>
    /// Appends one analysed document. A second document with an id already written is skipped
    /// (the contract wants ids unique in the file); returns whether it was written.
    /// </summary>
    public bool Write(ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ObjectDisposedException.ThrowIf(_completed, this);
        if (!_documentIds.Add(analysis.Article.Id))
        {
            return false;
        }
        string[] ids = _entities.Register(analysis.Article.Id, analysis.Entities);
        DocumentJson.Write(_json, analysis, local => ids[local]);
        Count++;
        // Keep the buffer small: flush whole documents to the stream as they are written.
        _json.Flush();
        return true;
    }

    /// <summary>Writes the entity list and closes the JSON object. The stream stays open.</summary>
    public void Complete()
    {
        if (_completed)
        {
            return;
        }
        _json.WriteEndArray();
        _json.WriteStartArray("entities");
        foreach (var entry in _entities.Entries)
        {
            _json.WriteStartObject();
            _json.WriteString("id", entry.Id);
            _json.WriteString("name", entry.Name);
            _json.WriteString("type", entry.Type.ToContract());
            _json.WriteStartArray("aliases");
            foreach (string alias in entry.Aliases)
            {
                _json.WriteStringValue(alias);
            }
            _json.WriteEndArray();
            _json.WriteStartArray("documents");
            foreach (string doc in entry.Documents)
            {
                _json.WriteStringValue(doc);
            }
            _json.WriteEndArray();
            _json.WriteEndObject();
        }
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
        _completed = true;
    }

    public void Dispose() => _json.Dispose();

    internal static void WriteGenerator(Utf8JsonWriter json, GeneratorStamp generator)
    {
        json.WriteStartObject("generator");
        json.WriteString("name", generator.Name);
        json.WriteString("version", generator.Version);
        json.WriteStartObject("models");
        foreach (var (name, version) in generator.Models.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            json.WriteString(name, version);
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
