using Marsad.Core.Analysis;
using Marsad.Text.Names;

namespace Marsad.Extraction.Entities.Linking;

/// <summary>
/// Links the mentions of one article into actors: a short form joins the fuller name it shortens
/// ("السوداني" → "محمد شياع السوداني", "وزارة الدفاع" → "وزارة الدفاع الأمريكية") only when exactly
/// one actor of the same type fits, so two people sharing a family name, or a person and a place
/// sharing a word ("مقتدى الصدر" and "مدينة الصدر"), stay apart. Pure and thread-safe.
/// </summary>
/// <remarks>
/// Rules, by type. A person's short form must be the start or the end of the full name (a given
/// name or a family name; never a middle word, and never a lone particle such as أبو or بن). An
/// organisation's short form must be the start of the full name ("الحشد" of "الحشد الشعبي").
/// Places link only on the same name: "بغداد" is not "مطار بغداد". A generic head word alone
/// (كتائب، حركة، وزارة) or a name particle alone (أبو، بن) is no actor and links nothing. The same form tagged with
/// different types in one article takes its majority type, because the tagger decides each
/// occurrence from its context alone and an article rarely uses one name for two kinds of thing.
/// </remarks>
public static class MentionLinker
{
    /// <summary>
    /// Head words that alone name a kind of body, not one body (folded as <see cref="NameKey.Words"/>
    /// folds): a mention of one of them alone is no actor and shortens no name. The institutions a
    /// country has one of (الجيش، الحكومة، الشرطة) are not here: alone they name that one.
    /// </summary>
    private static readonly HashSet<string> GenericHeads = new(
        new[]
        {
            "كتائب", "حركة", "وزارة", "حزب", "قوات", "لجنة", "هيئة", "مجلس", "منظمة", "اتحاد", "تحالف", "تنظيم",
            "جماعة", "فصائل", "فصيل", "مليشيا", "ميليشيا", "ميليشيات", "شركة", "جامعة", "وكالة", "صحيفة", "جريدة",
            "مجلة", "جبهة", "ائتلاف", "رابطة", "نقابة", "مجموعة", "مؤسسة", "جمعية", "مركز", "معهد", "بعثة", "سفارة", "مكتب",
        }.Select(w => NameKey.Words(w)[0]),
        StringComparer.Ordinal);

    public static LinkedMentions Link(IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var forms = new Dictionary<string, Form>(StringComparer.Ordinal);
        var formOfMention = new Form?[mentions.Count];
        for (int i = 0; i < mentions.Count; i++)
        {
            string[] words = NameKey.Words(mentions[i].Text);
            if (words.Length == 0 || (words.Length == 1 && (GenericHeads.Contains(words[0]) || NameShortening.IsParticle(words[0]))))
            {
                // "كتائب" alone names a kind of body, not one: it would join كتائب حزب الله to كتائب سيد الشهداء.
                // "أبو" alone (of أبو علي العسكري, cut by the tagger) names no one at all.
                continue;
            }
            string key = NameKey.Join(words);
            if (!forms.TryGetValue(key, out Form? form))
            {
                form = new Form(words, i);
                forms.Add(key, form);
            }
            form.Add(i, mentions[i]);
            formOfMention[i] = form;
        }

        // Fullest forms first, so every short form meets the names it might shorten.
        var ordered = forms.Values
            .OrderByDescending(f => f.Words.Length)
            .ThenByDescending(f => f.Count)
            .ThenBy(f => f.First)
            .ToList();
        var clusters = new List<Cluster>();
        foreach (Form form in ordered)
        {
            EntityType type = form.MajorityType();
            Cluster? target = null;
            int fits = 0;
            foreach (Cluster cluster in clusters)
            {
                if (cluster.Type == type && Shortens(form.Words, cluster.Full.Words, type))
                {
                    target = cluster;
                    fits++;
                }
            }
            if (fits != 1)
            {
                target = new Cluster(form, type);
                clusters.Add(target);
            }
            else
            {
                target!.Forms.Add(form);
            }
            form.Cluster = target;
        }

        // Entities are numbered in order of first appearance, so output reads like the article.
        clusters.Sort((a, b) => a.FirstMention.CompareTo(b.FirstMention));
        var entities = new List<LocalEntity>(clusters.Count);
        for (int id = 0; id < clusters.Count; id++)
        {
            clusters[id].Id = id;
            entities.Add(clusters[id].ToEntity(id, mentions));
        }
        var entityOfMention = new int[mentions.Count];
        for (int i = 0; i < mentions.Count; i++)
        {
            entityOfMention[i] = formOfMention[i]?.Cluster?.Id ?? -1;
        }
        return new LinkedMentions(entities, entityOfMention);
    }

    /// <summary>
    /// Whether <paramref name="shortForm"/> can be a shorter way of saying <paramref name="full"/>
    /// (both as <see cref="NameKey.Words"/> gives them). The collection resolver applies the same
    /// rule across articles, and <c>marsad why</c> cites it when it says why two actors stayed apart.
    /// </summary>
    public static bool Shortens(string[] shortForm, string[] full, EntityType type) => NameShortening.Shortens(shortForm, full, type);

    private sealed class Form(string[] words, int first)
    {
        private readonly Dictionary<EntityType, (int Count, double Confidence)> _types = [];

        public string[] Words { get; } = words;

        public int First { get; } = first;

        public int Count { get; private set; }

        public List<int> Mentions { get; } = [];

        public Cluster? Cluster { get; set; }

        public void Add(int index, EntityMention mention)
        {
            Count++;
            Mentions.Add(index);
            _types.TryGetValue(mention.Type, out var seen);
            _types[mention.Type] = (seen.Count + 1, seen.Confidence + mention.Confidence);
        }

        public EntityType MajorityType() => _types
            .OrderByDescending(t => t.Value.Count)
            .ThenByDescending(t => t.Value.Confidence)
            .ThenBy(t => t.Key)
            .First().Key;
    }

    private sealed class Cluster(Form full, EntityType type)
    {
        public Form Full { get; } = full;

        public EntityType Type { get; } = type;

        public List<Form> Forms { get; } = [full];

        public int Id { get; set; } = -1;

        public int FirstMention => Forms.Min(f => f.First);

        public LocalEntity ToEntity(int id, IReadOnlyList<EntityMention> mentions)
        {
            // The display name is the full form as the article most often writes it.
            string name = MostFrequentText(Full, mentions);
            var aliases = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal) { name };
            foreach (Form form in Forms.OrderBy(f => f.First))
            {
                foreach (int m in form.Mentions)
                {
                    if (seen.Add(mentions[m].Text))
                    {
                        aliases.Add(mentions[m].Text);
                    }
                }
            }
            return new LocalEntity(id, name, Type, aliases);
        }

        private static string MostFrequentText(Form form, IReadOnlyList<EntityMention> mentions) => form.Mentions
            .GroupBy(m => mentions[m].Text, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Min())
            .First().Key;
    }
}
