namespace Marsad.Extraction.Quotes;

/// <summary>
/// A pair of quotation marks: <paramref name="Open"/> and <paramref name="Close"/> are the offsets
/// of the marks themselves, so the quoted words are [Open + 1, Close).
/// </summary>
internal readonly record struct QuoteRegion(int Open, int Close);
