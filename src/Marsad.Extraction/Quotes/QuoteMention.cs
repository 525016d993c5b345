namespace Marsad.Extraction.Quotes;

/// <summary>
/// One reported statement. [<paramref name="Start"/>, <paramref name="End"/>) is a half-open UTF-16
/// span of the article holding the reported words only: inside the quotation marks of a direct
/// quote, the clause after إن/أن (or after an attribution such as بحسب X) for an indirect one — never
/// the reporting verb or the speaker. <paramref name="Cue"/> is the reporting word as written
/// without its و/ف clitic ("قالت", "بحسب") and <paramref name="CueStart"/> its offset (-1 without
/// one). <paramref name="Date"/> is the YYYY[-MM[-DD]] value of a date in the reporting clause ("وقال
/// في 25 يناير إن"), never one inside the reported words. <paramref name="Confidence"/> is in [0, 1]:
/// see <see cref="QuoteConfidence"/>.
/// </summary>
public sealed record QuoteMention(
    int Start,
    int End,
    string Text,
    bool Direct,
    string? Cue,
    int CueStart,
    QuoteSpeaker? Speaker,
    string? Date,
    double Confidence);
