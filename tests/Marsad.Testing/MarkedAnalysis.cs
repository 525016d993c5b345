using System.Globalization;
using System.Text;
using Marsad.Core.Analysis;
using Marsad.Core.Documents;

namespace Marsad.Testing;

/// <summary>
/// An analysis written as text with its names marked, so a test controls exactly what the tagger
/// would have found: "[محمد شياع السوداني]" is a person, "&lt;البنتاغون&gt;" an organisation, and
/// "[السوداني=محمد شياع السوداني]" a mention of the person named by the part after '='.
/// </summary>
public static class MarkedAnalysis
{
    public static DocumentAnalysis Article(string id, string? published, string marked)
    {
        var text = new StringBuilder();
        var entities = new List<LocalEntity>();
        var mentions = new List<MentionItem>();
        for (int i = 0; i < marked.Length; i++)
        {
            char c = marked[i];
            if (c is not ('[' or '<'))
            {
                text.Append(c);
                continue;
            }
            int close = marked.IndexOf(c == '[' ? ']' : '>', i);
            string inner = marked[(i + 1)..close];
            string[] parts = inner.Split('=');
            string written = parts[0], name = parts.Length > 1 ? parts[1] : parts[0];
            EntityType type = c == '[' ? EntityType.Person : EntityType.Organization;
            int entity = entities.FindIndex(e => e.Name == name && e.Type == type);
            if (entity < 0)
            {
                entity = entities.Count;
                entities.Add(new LocalEntity(entity, name, type, []));
            }
            if (written != name && !entities[entity].Aliases.Contains(written))
            {
                entities[entity] = entities[entity] with { Aliases = [.. entities[entity].Aliases, written] };
            }
            mentions.Add(new MentionItem(text.Length, text.Length + written.Length, written, entity, 0.9));
            text.Append(written);
            i = close;
        }
        var article = new Article(id, id, null, text.ToString(), null, null,
            published is null ? null : PublicationTime.FromDate(DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture)), null);
        return new DocumentAnalysis(article, entities, mentions, [], [], []);
    }
}
