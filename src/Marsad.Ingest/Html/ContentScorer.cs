using System.Collections.Frozen;
using AngleSharp.Dom;
using Marsad.Ingest.Text;

namespace Marsad.Ingest.Html;

/// <summary>
/// Readability-style choice of the element that holds the article: each paragraph of real
/// Arabic text scores its parent fully and its grandparent by half (more for commas, more for
/// length); a container's score is discounted by the share of its text that is links.
/// </summary>
internal static class ContentScorer
{
    /// <summary>Paragraphs shorter than this (in letters) are captions and buttons, not text.</summary>
    private const int MinParagraphLetters = 25;

    private static readonly FrozenSet<string> ContentWords = new[]
    {
        "article", "content", "body", "entry", "post", "story", "text", "main", "news", "detail", "details", "articlebody",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static IElement? BestContainer(IDocument document)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var paragraph in document.QuerySelectorAll("p, pre, td, blockquote, li, div"))
        {
            if (paragraph.LocalName is "div" or "li" && paragraph.QuerySelector("p, div, li, table") is not null)
            {
                continue;
            }
            var text = paragraph.TextContent;
            var (arabic, letters) = ArabicScript.CountLetters(text);
            if (letters < MinParagraphLetters)
            {
                continue;
            }
            var score = 1.0 + Commas(text) + Math.Min(Math.Max(arabic, letters / 4) / 100.0, 3.0);
            Add(scores, paragraph.ParentElement, score);
            Add(scores, paragraph.ParentElement?.ParentElement, score / 2);
        }
        IElement? best = null;
        var bestScore = 0.0;
        foreach (var (element, raw) in scores)
        {
            var score = (raw + Prior(element)) * (1 - LinkDensity(element));
            if (score > bestScore)
            {
                best = element;
                bestScore = score;
            }
        }
        return best;
    }

    /// <summary>The share of an element's text that sits inside links.</summary>
    public static double LinkDensity(IElement element)
    {
        var total = element.TextContent.Length;
        if (total == 0)
        {
            return 0;
        }
        var linked = element.QuerySelectorAll("a").Sum(a => a.TextContent.Length);
        return Math.Min(1.0, (double)linked / total);
    }

    private static void Add(Dictionary<IElement, double> scores, IElement? element, double score)
    {
        if (element is null || element.LocalName is "html")
        {
            return;
        }
        scores[element] = scores.GetValueOrDefault(element) + score;
    }

    private static double Prior(IElement element)
    {
        var prior = element.LocalName switch
        {
            "article" => 10,
            "main" or "div" => 5,
            "section" or "pre" or "td" or "blockquote" => 3,
            "ul" or "ol" or "dl" => -3,
            _ => 0,
        };
        return prior + (PageCleanup.HasWords(element, ContentWords) ? 25 : 0) + (element.GetAttribute("itemprop") == "articleBody" ? 25 : 0);
    }

    private static int Commas(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c is ',' or '،')
            {
                count++;
            }
        }
        return count;
    }
}
