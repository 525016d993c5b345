using Marsad.Core.Contract;


namespace Marsad.Stories.Contract;

/// <summary>The contract's <c>generator</c> for a story analysis: the article analyzer's stamp plus the collection stages' versions.</summary>
public static class StoryGenerator
{
    public static GeneratorStamp Stamp(GeneratorStamp articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var models = new Dictionary<string, string>(articles.Models, StringComparer.Ordinal)
        {
            ["resolution"] = "rules-1",
            ["aliases"] = "aliases-ar-1",
            ["positions"] = "lexicon-2",
            ["stories"] = "event-links-1",
            ["threads"] = "actors-topic-1",
        };
        return articles with { Models = models };
    }
}
