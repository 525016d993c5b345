using Marsad.Extraction.Entities;
using Marsad.Extraction.Entities.Linking;

namespace Marsad.Extraction.Analysis.Contract;

/// <summary>
/// The file-wide entity list: each article's actors are given ids here, and actors of different
/// articles with the same type and the same full name (compared as <see cref="NameKey"/> compares
/// names) share one id. Only that safe, exact rule is applied across articles; resolving partial
/// names and aliases across sources is the collection resolver's job.
/// </summary>
internal sealed class EntityRegistry
{
    private readonly Dictionary<(EntityType, string), Entry> _byKey = [];
    private readonly List<Entry> _entries = [];

    public IReadOnlyList<Entry> Entries => _entries;

    /// <summary>Registers the actors of one document; returns the global id of each, by local index.</summary>
    public string[] Register(string documentId, IReadOnlyList<LocalEntity> entities)
    {
        var ids = new string[entities.Count];
        foreach (var entity in entities)
        {
            string key = NameKey.Join(NameKey.Words(entity.Name));
            if (!_byKey.TryGetValue((entity.Type, key), out var entry))
            {
                entry = new Entry("e" + (_entries.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), entity.Name, entity.Type);
                _byKey.Add((entity.Type, key), entry);
                _entries.Add(entry);
            }
            entry.Add(documentId, entity);
            ids[entity.Id] = entry.Id;
        }
        return ids;
    }

    internal sealed class Entry(string id, string name, EntityType type)
    {
        private readonly HashSet<string> _aliasSet = new(StringComparer.Ordinal) { name };
        private readonly HashSet<string> _documentSet = new(StringComparer.Ordinal);

        public string Id { get; } = id;

        public string Name { get; } = name;

        public EntityType Type { get; } = type;

        public List<string> Aliases { get; } = [];

        public List<string> Documents { get; } = [];

        public void Add(string documentId, LocalEntity entity)
        {
            if (_documentSet.Add(documentId))
            {
                Documents.Add(documentId);
            }
            foreach (string alias in entity.Aliases.Prepend(entity.Name))
            {
                if (_aliasSet.Add(alias))
                {
                    Aliases.Add(alias);
                }
            }
        }
    }
}
