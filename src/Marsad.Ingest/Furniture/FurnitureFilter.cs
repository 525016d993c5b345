using Marsad.Ingest.Text;

namespace Marsad.Ingest.Furniture;

/// <summary>
/// Marks the furniture among a document's lines: lines the rules or the model call furniture, and
/// the teasers, links and list items under a heading such as "اقرأ أيضا" or "المصادر", up to the
/// next paragraph of prose. Blank lines neither end nor start a block.
/// </summary>
internal static class FurnitureFilter
{
    public static void Apply(string[] lines, bool[] drop, FurnitureModel model)
    {
        var inBlock = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (drop[i] || line.Length == 0)
            {
                continue;
            }
            if (inBlock && IsTeaser(line))
            {
                drop[i] = true;
                continue;
            }
            inBlock = false;
            switch (FurnitureRules.Judge(line, model))
            {
                case LineVerdict.Drop:
                    drop[i] = true;
                    break;
                case LineVerdict.StartsBlock:
                    drop[i] = true;
                    inBlock = true;
                    break;
                default:
                    break;
            }
        }
    }

    /// <summary>A teaser headline, a link or a list item: what follows a "related" heading.</summary>
    private static bool IsTeaser(string line) =>
        LineShape.IsListItem(line) || LineShape.IsUrl(line) || !LineShape.IsProse(line);
}
