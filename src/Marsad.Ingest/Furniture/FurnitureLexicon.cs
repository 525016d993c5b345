using System.Collections.Frozen;
using Marsad.Ingest.Text;
using Marsad.Text.Lexicons;

namespace Marsad.Ingest.Furniture;

/// <summary>
/// The page furniture every Arabic news site shares, written down once: it holds on sites the
/// corpora never saw, where the learned <see cref="FurnitureModel"/> cannot help. All entries are
/// stored as <see cref="LineKey"/> keys, so spelling variants ("اقرأ أيضاً", "إقرأ ايضا") match.
/// </summary>
internal static class FurnitureLexicon
{
    private const string ResourceName = "Marsad.Ingest.FurnitureWords.tsv";

    /// <summary>Headings of link lists and teaser boxes: the heading and the teasers under it go.</summary>
    public static readonly FrozenSet<string> BlockMarkers = Keys(LexiconResource.Section(typeof(FurnitureLexicon), ResourceName, "block-markers"));

    /// <summary>Lines that are furniture on their own: buttons, share bars, comment prompts.</summary>
    public static readonly FrozenSet<string> LineMarkers = Keys(LexiconResource.Section(typeof(FurnitureLexicon), ResourceName, "line-markers"));

    /// <summary>
    /// Starts of lines that are notices, not news: rights, subscriptions, app and channel promotion.
    /// A bare imperative such as "تابعوا" is not among them: news leads start with it too
    /// ("تابعوا مباشرة تغطية خاصة للانتخابات …").
    /// </summary>
    public static readonly string[] LinePrefixes = [.. Keys(LexiconResource.Section(typeof(FurnitureLexicon), ResourceName, "line-prefixes"))];

    /// <summary>Words a share bar is made of: a line of nothing else is furniture.</summary>
    public static readonly FrozenSet<string> SocialWords = Keys(LexiconResource.Section(typeof(FurnitureLexicon), ResourceName, "social-words"));

    private static FrozenSet<string> Keys(params string[] phrases) =>
        phrases.Select(p => LineKey.Of(p)).ToFrozenSet(StringComparer.Ordinal);
}
