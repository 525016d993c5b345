using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Marsad.Ingest.PlainText;

/// <summary>
/// Month names as Arabic news writes them, folded (see <c>ArabicFold</c>): Egyptian/Gulf
/// (يناير…), Levantine and Iraqi (كانون الثاني…), Tunisian/Algerian (جانفي…), Moroccan (يوليوز, غشت…),
/// and English. Sites often write two together: "28 يناير/ كانون الثاني 2024".
/// </summary>
internal static class ArabicMonths
{
    public static readonly FrozenDictionary<string, int> ByName = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["يناير"] = 1, ["كانون الثاني"] = 1, ["جانفي"] = 1, ["january"] = 1, ["jan"] = 1,
        ["فبراير"] = 2, ["شباط"] = 2, ["فيفري"] = 2, ["february"] = 2, ["feb"] = 2,
        ["مارس"] = 3, ["اذار"] = 3, ["march"] = 3, ["mar"] = 3,
        ["ابريل"] = 4, ["نيسان"] = 4, ["افريل"] = 4, ["april"] = 4, ["apr"] = 4,
        ["مايو"] = 5, ["ايار"] = 5, ["ماي"] = 5, ["may"] = 5,
        ["يونيو"] = 6, ["يونيه"] = 6, ["حزيران"] = 6, ["جوان"] = 6, ["june"] = 6, ["jun"] = 6,
        ["يوليو"] = 7, ["يوليه"] = 7, ["تموز"] = 7, ["جويليه"] = 7, ["جويليا"] = 7, ["يوليوز"] = 7, ["july"] = 7, ["jul"] = 7,
        ["اغسطس"] = 8, ["اب"] = 8, ["اوت"] = 8, ["غشت"] = 8, ["august"] = 8, ["aug"] = 8,
        ["سبتمبر"] = 9, ["ايلول"] = 9, ["شتنبر"] = 9, ["september"] = 9, ["sept"] = 9, ["sep"] = 9,
        ["اكتوبر"] = 10, ["تشرين الاول"] = 10, ["october"] = 10, ["oct"] = 10,
        ["نوفمبر"] = 11, ["تشرين الثاني"] = 11, ["نونبر"] = 11, ["november"] = 11, ["nov"] = 11,
        ["ديسمبر"] = 12, ["كانون الاول"] = 12, ["دجنبر"] = 12, ["december"] = 12, ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>A regex alternation of every name, longest first so "مايو" wins over "ماي".</summary>
    public static readonly string Alternation = string.Join('|', ByName.Keys
        .OrderByDescending(name => name.Length)
        .ThenBy(name => name, StringComparer.Ordinal)
        .Select(name => string.Join(@"\s+", name.Split(' ').Select(Regex.Escape))));

    public static int Number(string foldedName)
    {
        var key = string.Join(' ', foldedName.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return ByName.TryGetValue(key, out var month) ? month : 0;
    }
}
