using System.Text;
using AngleSharp.Dom;

namespace Marsad.Ingest.Html;

/// <summary>The paragraphs of an element's text: one per block element or &lt;br&gt;, whitespace collapsed.</summary>
internal static class ContentText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
        "blockquote", "pre", "table", "tr", "td", "th", "figure", "header", "footer", "address", "hr",
    };

    /// <summary>Link lists inside the article ("اقرأ أيضا" boxes) are dropped when most of their text is links.</summary>
    private const double MaxListLinkDensity = 0.6;

    public static List<string> Paragraphs(IElement root)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        Collect(root, paragraphs, current);
        Flush(paragraphs, current);
        return paragraphs;
    }

    private static void Collect(INode node, List<string> paragraphs, StringBuilder current)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child.NodeType == NodeType.Text)
            {
                current.Append(child.TextContent);
                continue;
            }
            if (child is not IElement element)
            {
                continue;
            }
            if (element.LocalName == "br")
            {
                Flush(paragraphs, current);
                continue;
            }
            if (!Blocks.Contains(element.LocalName))
            {
                Collect(element, paragraphs, current);
                continue;
            }
            Flush(paragraphs, current);
            if (element.LocalName is "li" or "ul" or "ol" or "p" && element.TextContent.Length < 400
                && ContentScorer.LinkDensity(element) > MaxListLinkDensity)
            {
                continue;
            }
            Collect(element, paragraphs, current);
            Flush(paragraphs, current);
        }
    }

    private static void Flush(List<string> paragraphs, StringBuilder current)
    {
        if (current.Length == 0)
        {
            return;
        }
        var text = string.Join(' ', current.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        current.Clear();
        if (text.Length > 0)
        {
            paragraphs.Add(text);
        }
    }
}
