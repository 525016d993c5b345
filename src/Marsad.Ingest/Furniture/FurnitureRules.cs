using Marsad.Ingest.Text;

namespace Marsad.Ingest.Furniture;

/// <summary>
/// Judges one line against the shared lexicon and a learned model. Pure: the verdict depends on
/// the line alone (and, inside a teaser block, on the block), never on other articles.
/// </summary>
internal static class FurnitureRules
{
    /// <summary>Separators that end a label such as "اقرأ أيضا:" or "عين اليوم –".</summary>
    private static readonly char[] LabelSeparators = [':', '：', '|', '–', '—', '-', '/'];

    /// <summary>A label before a separator has at most this many words.</summary>
    private const int MaxLabelWords = 4;

    public static LineVerdict Judge(string line, FurnitureModel model)
    {
        if (line.Length == 0 || line.Length > LineShape.MaxFurnitureChars)
        {
            return LineVerdict.Keep;
        }
        if (!LineShape.HasLetterOrDigit(line) || LineShape.IsUrl(line))
        {
            return LineVerdict.Drop;
        }
        var words = LineShape.CountWords(line);
        var key = LineKey.Of(line);
        var label = Label(line);
        var labelKey = label is null ? null : LineKey.Of(label);
        if (FurnitureLexicon.BlockMarkers.Contains(key)
            || (labelKey is not null && FurnitureLexicon.BlockMarkers.Contains(labelKey))
            || (words <= 20 && !LineShape.IsProse(line) && StartsWithMultiWordMarker(key)))
        {
            return LineVerdict.StartsBlock;
        }
        if (FurnitureLexicon.LineMarkers.Contains(key) || IsShareBar(key) || IsNotice(line, key, words))
        {
            return LineVerdict.Drop;
        }
        if (model.ContainsLine(key))
        {
            return LineVerdict.Drop;
        }
        if (labelKey is not null && words <= 25 && !LineShape.EndsAsSentence(line) && model.ContainsPrefix(labelKey))
        {
            return LineVerdict.Drop;
        }
        return LineVerdict.Keep;
    }

    /// <summary>
    /// The text before the first label separator when it is a short label ("اقرأ أيضا" in
    /// "اقرأ أيضا: …"), else <see langword="null"/>. The trainer learns prefixes with this same
    /// function, so learning and applying cut a line in the same place.
    /// </summary>
    public static string? Label(string line)
    {
        var limit = Math.Min(line.Length, 60);
        var at = line.AsSpan(0, limit).IndexOfAny(LabelSeparators);
        if (at <= 0)
        {
            return null;
        }
        var label = line[..at].Trim();
        var words = LineShape.CountWords(label);
        return words is >= 1 and <= MaxLabelWords && LineShape.HasLetterOrDigit(label) && HasLetter(label) ? label : null;
    }

    private static bool HasLetter(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }
        return false;
    }

    private static bool StartsWithMultiWordMarker(string key)
    {
        foreach (var marker in FurnitureLexicon.BlockMarkers)
        {
            if (marker.Contains(' ', StringComparison.Ordinal) && key.Length > marker.Length
                && key.StartsWith(marker, StringComparison.Ordinal) && key[marker.Length] == ' ')
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsShareBar(string key)
    {
        if (key.Length == 0)
        {
            return false;
        }
        foreach (var word in key.Split(' '))
        {
            if (!FurnitureLexicon.SocialWords.Contains(word))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsNotice(string line, string key, int words)
    {
        if (words > 30)
        {
            return false;
        }
        if (line.Contains('©', StringComparison.Ordinal))
        {
            return true;
        }
        foreach (var prefix in FurnitureLexicon.LinePrefixes)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal) && (key.Length == prefix.Length || key[prefix.Length] == ' '))
            {
                return true;
            }
        }
        return false;
    }
}
