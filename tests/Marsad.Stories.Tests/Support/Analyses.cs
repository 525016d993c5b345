using Marsad.Core.Analysis;
using Marsad.Core.Digests;
using Marsad.Core.Documents;
using Marsad.Extraction.Digests;

namespace Marsad.Stories.Tests.Support;

/// <summary>Analyses built by hand, actor by actor, and digested, for the resolver's tests (no tagger in the way).</summary>
internal static class Analyses
{
    public static DocumentDigest Of(string id, params (string Name, EntityType Type, string[] Aliases)[] actors) => Dated(id, null, actors);

    /// <summary>As <see cref="Of"/>, published on <paramref name="published"/> (yyyy-MM-dd) when given.</summary>
    public static DocumentDigest Dated(string id, string? published, params (string Name, EntityType Type, string[] Aliases)[] actors) =>
        DigestBuilder.Build(new DocumentAnalysis(new Article(id, id, null, "نص", null, null,
                published is null ? null : PublicationTime.FromDate(DateOnly.ParseExact(published, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), null),
            [.. actors.Select((a, i) => new LocalEntity(i, a.Name, a.Type, a.Aliases))],
            [], [], [], []));

    public static (string, EntityType, string[]) Per(string name, params string[] aliases) => (name, EntityType.Person, aliases);

    public static (string, EntityType, string[]) Org(string name, params string[] aliases) => (name, EntityType.Organization, aliases);

    public static (string, EntityType, string[]) Loc(string name, params string[] aliases) => (name, EntityType.Location, aliases);
}
