using System.Text.RegularExpressions;

namespace Marsad.Extraction.Digests;

/// <summary>
/// The dateline a report opens with, where the outlet puts where it writes from: "دبي، الإمارات
/// العربية المتحدة (CNN) --", "بغداد - ". A few words of names and commas, an optional outlet in
/// brackets, then a dash. The place there may be the event's or only the outlet's desk; the story
/// stages tell which across the collection, so the digest keeps where the dateline ends.
/// Each word is matched whole (an atomic group): a pattern that may cut a word into pieces tries
/// every cut of a long run of letters, and on 120 letters with no dash that is some 10^8 tries.
/// With whole words the work is linear, so the pattern needs no match timeout, which a long
/// garbage-collection pause could otherwise trip on an ordinary article.
/// </summary>
internal static partial class DatelineReader
{
    /// <summary>The end (UTF-16 offset) of the dateline at the start of <paramref name="text"/>; 0 when it opens with none.</summary>
    public static int End(string text)
    {
        Match match = Dateline().Match(text.Length > 120 ? text[..120] : text);
        return match.Success ? match.Length : 0;
    }

    [GeneratedRegex(@"^\s*(?:(?>\p{L}+)(?>[\s،,]*)){1,6}?\s*(?:\([^()\n]{1,30}\))?\s*(?:--|—|–|-)\s", RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();
}
