using System.Globalization;
using System.Text.Json;

namespace Marsad.Ingest.Reading;

/// <summary>A <c>.json</c> file: one article object, or an array of them (located as <c>path#n</c>).</summary>
internal static class JsonDocumentReader
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static IReadOnlyList<RawItem> Read(byte[] bytes, string location)
    {
        ReadOnlyMemory<byte> content = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes.AsMemory(3) : bytes;
        if (content.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            return [RawItem.Failed(location, "empty file")];
        }
        if (!System.Text.Unicode.Utf8.IsValid(content.Span))
        {
            return [RawItem.Failed(location, "not valid UTF-8")];
        }
        try
        {
            using var document = JsonDocument.Parse(content, Options);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Array)
            {
                return [JsonFields.ToRaw(root, location)];
            }
            var items = new List<RawItem>(root.GetArrayLength());
            var index = 0;
            foreach (var element in root.EnumerateArray())
            {
                index++;
                items.Add(JsonFields.ToRaw(element, location + "#" + index.ToString(CultureInfo.InvariantCulture)));
            }
            return items.Count > 0 ? items : [RawItem.Failed(location, "empty JSON array")];
        }
        catch (JsonException exception)
        {
            return [RawItem.Failed(location, JsonErrors.Describe(exception))];
        }
    }
}
