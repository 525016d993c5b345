using Marsad.Ingest.PlainText;
using Marsad.Ingest.Text;

namespace Marsad.Ingest.Furniture;

/// <summary>
/// How the furniture filter sees an article's lines, for the trainer that learns the model it
/// applies (<c>marsad train furniture</c>): the same line split, the same line key, the same
/// shape tests and the same label rule, so that what is learned is keyed as it is looked up.
/// </summary>
public static class FurnitureLines
{
    /// <summary>Lines longer than this are never furniture.</summary>
    public const int MaxChars = LineShape.MaxFurnitureChars;

    /// <summary>The lines of an article body, as cleaning splits it.</summary>
    public static string[] Split(string body) => BodyText.Split(body);

    /// <summary>The key a line is learned and matched under (folded Arabic, no punctuation, digit runs as 0).</summary>
    public static string Key(ReadOnlySpan<char> line) => LineKey.Of(line);

    public static int CountWords(ReadOnlySpan<char> line) => LineShape.CountWords(line);

    /// <summary>Whether the line ends as a sentence does (news text rather than a label or a link).</summary>
    public static bool EndsAsSentence(ReadOnlySpan<char> line) => LineShape.EndsAsSentence(line);

    /// <summary>The label a line opens with ("رابط الخبر بصحيفة الوئام:"), if it has one.</summary>
    public static string? Label(string line) => FurnitureRules.Label(line);
}
