namespace Marsad.Core.Analysis;

/// <summary>
/// Reported words: the span covers the words only (inside the quotation marks, or the clause after
/// إن/أن), <paramref name="Speaker"/> is an index into <see cref="DocumentAnalysis.Entities"/> when
/// the speaker is known, <paramref name="Cue"/> the reporting verb, <paramref name="Date"/> when the
/// statement was made if the text says. <paramref name="SpeakerFor"/> is the index of the body the
/// speaker speaks for (المتحدث باسم الحكومة باسم العوادي: the government), when the text names one.
/// </summary>
public sealed record QuoteItem(
    int Start,
    int End,
    string Text,
    bool Direct,
    string? Cue,
    int? Speaker,
    string? Date,
    double Confidence,
    int? SpeakerFor = null);
