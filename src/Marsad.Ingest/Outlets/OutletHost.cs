namespace Marsad.Ingest.Outlets;

/// <summary>Domain spelling: what counts as a host alias and its one comparable form.</summary>
internal static class OutletHost
{
    /// <summary>ASCII with a dot and no spaces: "aawsat.com", "bbc.com/arabic" (not "العربية.نت").</summary>
    public static bool LooksLikeHost(string alias)
    {
        if (alias.Length < 4 || !alias.Contains('.', StringComparison.Ordinal))
        {
            return false;
        }
        foreach (var c in alias)
        {
            if (!char.IsAscii(c) || char.IsWhiteSpace(c))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Lower case, no scheme, no "www."/"m."/"amp.", no trailing slash.</summary>
    public static string Clean(string hostAndPath)
    {
        var s = hostAndPath.Trim().ToLowerInvariant();
        var scheme = s.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            s = s[(scheme + 3)..];
        }
        foreach (var prefix in (string[])["www.", "m.", "amp."])
        {
            if (s.StartsWith(prefix, StringComparison.Ordinal))
            {
                s = s[prefix.Length..];
                break;
            }
        }
        return s.TrimEnd('/');
    }
}
