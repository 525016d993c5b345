using System.Text;
using System.Xml;

namespace Marsad.Training.Dates.Evaluation;

/// <summary>
/// Reads TimeML files: the text content of the root element becomes the document's plain text, and
/// each TIMEX3 element a gold span of it. Other tags (EVENT, SIGNAL …) are dropped and keep their
/// text. The DTD is not fetched; entities are decoded by the XML reader; U+FEFF, which some files
/// carry inside the text as a stray byte-order mark, is dropped so it cannot shift or split a word.
/// </summary>
public static class TimeMlReader
{
    private const char ByteOrderMark = '\uFEFF';

    /// <summary>Every <c>*.tml</c> file of <paramref name="folder"/>, in name order.</summary>
    public static IReadOnlyList<TimeMlDocument> ReadFolder(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*.tml").Order(StringComparer.Ordinal).Select(ReadFile)];

    /// <summary>Reads one file; throws <see cref="XmlException"/> when it is not well-formed XML.</summary>
    public static TimeMlDocument ReadFile(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = XmlReader.Create(stream, Settings);
        return Read(Path.GetFileName(path), reader);
    }

    /// <summary>Reads TimeML from a string (tests, snippets).</summary>
    public static TimeMlDocument Parse(string name, string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml), Settings);
        return Read(name, reader);
    }

    private static XmlReaderSettings Settings => new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreWhitespace = false,
    };

    private static TimeMlDocument Read(string name, XmlReader reader)
    {
        var text = new StringBuilder();
        var timexes = new List<TimexAnnotation>();
        (int Start, string Type, string Value, string? Mod)? open = null;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    foreach (char c in reader.Value)
                    {
                        if (c != ByteOrderMark)
                        {
                            text.Append(c);
                        }
                    }

                    break;
                case XmlNodeType.Element when reader.LocalName == "TIMEX3" && !reader.IsEmptyElement:
                    open = (text.Length, reader.GetAttribute("type") ?? "", reader.GetAttribute("value") ?? "", reader.GetAttribute("mod"));
                    break;
                case XmlNodeType.EndElement when reader.LocalName == "TIMEX3" && open is { } t:
                    timexes.Add(new TimexAnnotation(t.Start, text.Length, text.ToString(t.Start, text.Length - t.Start), t.Type, t.Value, t.Mod));
                    open = null;
                    break;
            }
        }

        return new TimeMlDocument(name, text.ToString(), timexes);
    }
}
