namespace Marsad.Core.Analysis;

/// <summary>
/// A count that matters, as the contract states it: the value, the counted noun as written, whether
/// the text gives it loosely (نحو، عشرات), a bound (<c>AT_LEAST</c>/<c>AT_MOST</c>) and, when the
/// sentence makes it clear, the entity the count is about (an index into <see cref="DocumentAnalysis.Entities"/>).
/// </summary>
public sealed record QuantityItem(
    int Start,
    int End,
    string Text,
    double Value,
    string Unit,
    bool Approximate,
    string? Bound,
    int? Subject,
    double Confidence);
