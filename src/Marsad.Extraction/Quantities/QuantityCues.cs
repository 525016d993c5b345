using Marsad.Text.Lexicons;

namespace Marsad.Extraction.Quantities;

/// <summary>
/// The words that qualify a number: approximation (نحو، حوالي، قرابة، زهاء، ما يقرب من) and bounds
/// (أكثر من، ما لا يقل عن، على الأقل → at least; أقل من، حتى، ما لا يزيد عن → at most), before the
/// number, and the few that follow the counted noun (على الأقل، تقريبا، أو أكثر، بحد أقصى).
/// Longest cues come first so "ما لا يزيد عن" is not read as "يزيد عن".
/// </summary>
internal static class QuantityCues
{
    public static IReadOnlyList<QuantityCue> Before { get; } = Build(
    [
        ("نحو", true, null), ("حوالي", true, null), ("حوالى", true, null), ("قرابة", true, null), ("زهاء", true, null),
        ("ما يقرب من", true, null), ("يقرب من", true, null), ("ما يقارب", true, null), ("يقارب", true, null),
        ("ما يناهز", true, null), ("يناهز", true, null), ("في حدود", true, null), ("تقريبا", true, null),
        ("أكثر من", false, QuantityBound.AtLeast), ("ما يزيد عن", false, QuantityBound.AtLeast),
        ("ما يزيد على", false, QuantityBound.AtLeast), ("يزيد عن", false, QuantityBound.AtLeast),
        ("يزيد على", false, QuantityBound.AtLeast), ("أزيد من", false, QuantityBound.AtLeast),
        ("ما لا يقل عن", false, QuantityBound.AtLeast), ("لا يقل عن", false, QuantityBound.AtLeast),
        ("على الأقل", false, QuantityBound.AtLeast), ("ما يفوق", false, QuantityBound.AtLeast),
        ("يفوق", false, QuantityBound.AtLeast), ("ما فوق", false, QuantityBound.AtLeast),
        ("أقل من", false, QuantityBound.AtMost), ("ما لا يزيد عن", false, QuantityBound.AtMost),
        ("ما لا يزيد على", false, QuantityBound.AtMost), ("لا يزيد عن", false, QuantityBound.AtMost),
        ("لا يزيد على", false, QuantityBound.AtMost), ("حتى", false, QuantityBound.AtMost),
        ("ما دون", false, QuantityBound.AtMost), ("دون", false, QuantityBound.AtMost),
        ("بحد أقصى", false, QuantityBound.AtMost), ("بحد أدنى", false, QuantityBound.AtLeast),
    ]);

    public static IReadOnlyList<QuantityCue> After { get; } = Build(
    [
        ("على الأقل", false, QuantityBound.AtLeast), ("على أقل تقدير", false, QuantityBound.AtLeast),
        ("أو أكثر", false, QuantityBound.AtLeast), ("وأكثر", false, QuantityBound.AtLeast),
        ("بحد أقصى", false, QuantityBound.AtMost), ("بحد أدنى", false, QuantityBound.AtLeast),
        ("على الأكثر", false, QuantityBound.AtMost), ("تقريبا", true, null),
    ]);

    private static QuantityCue[] Build((string Phrase, bool Approximate, QuantityBound? Bound)[] cues) =>
        [.. cues.Select(c => new QuantityCue(
                [.. c.Phrase.Split(' ').Select(FoldedLexicon<bool>.Fold)], c.Approximate, c.Bound))
            .OrderByDescending(c => c.Words.Length)];
}
