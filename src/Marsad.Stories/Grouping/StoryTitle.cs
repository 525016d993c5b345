using Marsad.Core.Stories;
using Marsad.Text.Sentences;

namespace Marsad.Stories.Grouping;

/// <summary>A story's title: the first headline among its documents in publication order, else the first sentence of the first body.</summary>
internal static class StoryTitle
{
    /// <summary>A sentence used as a title is cut near this length, at a word boundary.</summary>
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

        return ordered.Count == 0 ? "" : FirstSentence(ordered[0].Article.Text ?? "");
    }

    /// <summary>One article's headline: its title, else the first sentence of its body (cut as a title is).</summary>
    public static string Headline(StoryDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return string.IsNullOrWhiteSpace(document.Article.Title) ? FirstSentence(document.Article.Text ?? "") : document.Article.Title.Trim();
    }

    private static string FirstSentence(string text)
    {
        string sentence = text;
        foreach ((int start, int end) in SentenceSplitter.Default.Split(text))
        {
            if (end > start && !string.IsNullOrWhiteSpace(text[start..end]))
            {
                sentence = text[start..end];
                break;
            }
        }

        sentence = string.Join(' ', sentence.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (sentence.Length <= MaxLength)
        {
            return sentence;
        }

        int cut = sentence.LastIndexOf(' ', MaxLength);
        return (cut > MaxLength / 2 ? sentence[..cut] : sentence[..MaxLength]).TrimEnd() + "…";
    }
}
