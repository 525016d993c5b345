using Marsad.Core.Analysis;
using Marsad.Text.Tokenization;

namespace Marsad.Extraction.Entities.Recognition;

/// <summary>
/// Organisations written as a Latin acronym in Arabic text: "(CNN)", "حزب العمال الكردستاني (PKK)",
/// "منظمة PHE". The tagger learned from ANERcorp, which has no Latin script, so it never tags them;
/// in Arabic news a capitalised acronym of three to five letters is an organisation far more often
/// than anything else. The exceptions are words that are no body: currencies, units, measures,
/// diseases and technical terms, places (USA, UAE), and Roman numerals. Pure: mentions in, mentions out, by start.
/// </summary>
internal static class LatinAcronyms
{
    private const double Confidence = 0.6;

    /// <summary>Acronyms that name no organisation, as news copy uses them.</summary>
    private static readonly HashSet<string> NotBodies = new(StringComparer.Ordinal)
    {
        "GDP", "CEO", "CFO", "USD", "EUR", "GBP", "JPY", "CNY", "GPS", "SUV", "VAR", "PDF", "DNA", "RNA", "HIV", "AIDS",
        "LED", "LCD", "USB", "VIP", "ATM", "SMS", "FAQ", "HTML", "HTTP", "API", "CPU", "GPU", "RAM", "COVID", "SARS",
        "MERS", "PHD", "MBA", "USA", "UAE", "KSA", "OPEN", "NEW", "THE", "AND", "FOR", "VPN", "IPO", "CCTV", "MRI", "ICU",
        "ISBN", "UTC", "GMT", "BMI", "WIFI", "LTE", "OLED", "HDR", "AI", "ASAP", "NFT", "OTC", "RPG", "SAM",
    };

    public static List<EntityMention> Add(string text, IEnumerable<Token> tokens, List<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(mentions);
        bool added = false;
        foreach (Token token in tokens)
        {
            if (token.Kind != TokenKind.LatinWord || !IsAcronym(text.AsSpan(token.Start, token.End - token.Start))
                || mentions.Exists(m => m.Start < token.End && token.Start < m.End))
            {
                continue;
            }

            mentions.Add(new EntityMention(token.Start, token.End, text[token.Start..token.End], EntityType.Organization, Confidence));
            added = true;
        }

        if (added)
        {
            mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        return mentions;
    }

    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length is < 3 or > 5 || NotBodies.Contains(word.ToString()))
        {
            return false;
        }

        bool roman = true;
        foreach (char c in word)
        {
            if (c is < 'A' or > 'Z')
            {
                return false;
            }

            roman &= c is 'I' or 'V' or 'X' or 'L' or 'C' or 'D' or 'M';
        }

        return !roman;
    }
}
