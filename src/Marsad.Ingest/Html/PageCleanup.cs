using System.Collections.Frozen;
using AngleSharp.Dom;

namespace Marsad.Ingest.Html;

/// <summary>Removes what is never article text: scripts, navigation, page header and footer, share and related boxes.</summary>
internal static class PageCleanup
{
    private const string NeverContent =
        "script, style, noscript, template, svg, canvas, iframe, object, embed, form, button, select, input, textarea, " +
        "nav, header, footer, aside, figcaption, [role=navigation], [role=banner], [role=contentinfo], [role=complementary], [hidden]";

    /// <summary>Class and id words (split on '-' and '_') that mark boxes around the article.</summary>
    private static readonly FrozenSet<string> BoilerplateWords = new[]
    {
        "ad", "ads", "adv", "advert", "advertisement", "banner", "comment", "comments", "share", "sharing", "social",
        "related", "sidebar", "menu", "nav", "navbar", "navigation", "breadcrumb", "breadcrumbs", "widget", "widgets",
        "promo", "newsletter", "subscribe", "tags", "tag", "footer", "popup", "cookie", "modal", "recommended",
        "recommendations", "trending", "outbrain", "taboola", "toolbar", "pagination", "pager", "masthead",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly char[] WordBreaks = [' ', '-', '_', '\t', '\n'];

    public static void Apply(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll(NeverContent).ToList())
        {
            element.Remove();
        }
        foreach (var element in document.QuerySelectorAll("[class], [id]").ToList())
        {
            if (element.LocalName is not ("html" or "body" or "article" or "main") && IsBoilerplate(element))
            {
                element.Remove();
            }
        }
    }

    public static bool HasWords(IElement element, FrozenSet<string> words)
    {
        foreach (var attribute in (string?[])[element.ClassName, element.Id])
        {
            if (attribute is null)
            {
                continue;
            }
            foreach (var word in attribute.ToLowerInvariant().Split(WordBreaks, StringSplitOptions.RemoveEmptyEntries))
            {
                if (words.Contains(word))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static bool IsBoilerplate(IElement element) => HasWords(element, BoilerplateWords);
}
