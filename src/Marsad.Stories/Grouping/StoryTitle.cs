using Marsad.Core.Stories;

namespace Marsad.Stories.Grouping;

/// <summary>A story's title: the first headline among its documents in publication order, else the first sentence of the first body.</summary>
internal static class StoryTitle
{
    /// <summary>A sentence used as a title is cut near this length, at a word boundary (when the digest reads the headline).</summary>
    public const int MaxLength = 120;

    public static string Of(IReadOnlyList<StoryDocument> ordered)
    {
        ArgumentNullException.ThrowIfNull(ordered);
        foreach (StoryDocument document in ordered)
        {
            if (!string.IsNullOrWhiteSpace(document.Article.Title))
            {
                return document.Article.Title.Trim();
            }
        }

        return ordered.Count == 0 ? "" : ordered[0].Digest.Headline.Text;
    }

    /// <summary>One article's headline: its title, else the first sentence of its body (cut as a title is), as its digest read it.</summary>
    public static string Headline(StoryDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Digest.Headline.Text;
    }
}
