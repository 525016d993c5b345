using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Marsad.Text.Lexicons;

namespace Marsad.Ingest.PlainText;

/// <summary>
/// Month names as datelines write them: the Arabic Gregorian names of the shared
/// <see cref="MonthTable"/> (every regional naming) and the English ones, folded by
/// <c>ArabicNormalizer.Search</c>. Sites often write two together: "28 يناير/ كانون الثاني 2024".
/// </summary>
internal static class ArabicMonths
{
    public static readonly FrozenDictionary<string, int> ByName = MonthTable.Of(MonthCalendar.Gregorian)
        .Concat(MonthTable.Of(MonthCalendar.Latin))
        .ToFrozenDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    /// <summary>A regex alternation of every name, longest first so "مايو" wins over "ماي".</summary>
    public static readonly string Alternation = string.Join('|', ByName.Keys
        .OrderByDescending(name => name.Length)
        .ThenBy(name => name, StringComparer.Ordinal)
        .Select(name => string.Join(@"\s+", name.Split(' ').Select(Regex.Escape))));

    public static int Number(string foldedName) => ByName.TryGetValue(MonthTable.Key(foldedName), out var month) ? month : 0;
}
