namespace Marsad.Training.Stories.Evaluation;

/// <summary>
/// One labelled quote: where it stands in its source's raw text (UTF-16 offsets, with the first 10
/// hex digits of the SHA-1 of its UTF-8 bytes to check them), who says it, the question and the stance taken.
/// </summary>
/// <param name="Source"><c>seed</c>, <c>sample</c> or <c>ant</c>: which collection <paramref name="Doc"/> names a text of.</param>
public sealed record GoldStance(
    string Id, string Split, string Source, string Doc, int Start, int End, string Sha1, string Speaker, string Question, string Stance, string Note);
