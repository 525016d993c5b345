using System.Text.Json;
using Marsad.Core.Digests;

namespace Marsad.Core.Contract;

/// <summary>
/// The small pieces the stored formats (<see cref="DigestJson"/>, <see cref="StorySnapshotJson"/>)
/// are written in: values in arrays by position rather than named fields, nulls written out so
/// every position is there.
/// </summary>
internal static class PositionalJson
{
    /// <summary>The strings as one array.</summary>
    public static void Strings(Utf8JsonWriter json, IEnumerable<string> values)
    {
        json.WriteStartArray();
        foreach (string value in values)
        {
            json.WriteStringValue(value);
        }
        json.WriteEndArray();
    }

    public static void Nullable(Utf8JsonWriter json, string? value)
    {
        if (value is null)
        {
            json.WriteNullValue();
        }
        else
        {
            json.WriteStringValue(value);
        }
    }

    public static void Nullable(Utf8JsonWriter json, double? value)
    {
        if (value is { } v)
        {
            json.WriteNumberValue(v);
        }
        else
        {
            json.WriteNullValue();
        }
    }

    public static void Nullable(Utf8JsonWriter json, int? value)
    {
        if (value is { } v)
        {
            json.WriteNumberValue(v);
        }
        else
        {
            json.WriteNullValue();
        }
    }

    /// <summary>A string, or null for a JSON null.</summary>
    public static string? Text(JsonElement item) => item.ValueKind == JsonValueKind.String ? item.GetString() : null;

    /// <summary>An array of strings; <paramref name="pooled"/> shares each through <see cref="WordPool"/> (words that recur across articles).</summary>
    public static string[] StringList(JsonElement array, bool pooled = false)
    {
        var list = new string[array.GetArrayLength()];
        int i = 0;
        foreach (JsonElement item in array.EnumerateArray())
        {
            string value = item.GetString()!;
            list[i++] = pooled ? WordPool.Share(value) : value;
        }
        return list;
    }
}
