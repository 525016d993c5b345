using Marsad.Text.Tokenization;

namespace Marsad.Extraction.Quantities;

/// <summary>
/// Reads one quantity around the number that starts at a token: the number, what stops it being a
/// count, its counted noun, the cues before it and after its noun, and the subject hint.
/// </summary>
internal static class QuantityReader
{
    /// <summary>How many cue phrases may stack before a number (نحو أكثر من).</summary>
    private const int MaxCuesBefore = 2;

    /// <param name="first">The number's first token, or the % written before it.</param>
    /// <param name="percentFirst">Whether <paramref name="first"/> is a % sign written before the digits (%25).</param>
    public static (QuantityMention Mention, int Last)? Read(IReadOnlyList<Token> tokens, int first, bool percentFirst, string text)
    {
        int numberAt = percentFirst ? first + 1 : first;
        if (NumberPhraseReader.Read(tokens, numberAt, text) is not { } number)
        {
            return null;
        }

        first = Math.Min(first, number.First);
        if (NumberContext.IsNotACount(tokens, number, first))
        {
            return null;
        }

        CountedNoun noun;
        if (percentFirst)
        {
            noun = new CountedNoun(number.Last, -1, "%", UnitClass.Percent, false, 0.9);
        }
        else if (UnitReader.Read(tokens, number, text) is { } found)
        {
            noun = found;
        }
        else
        {
            return null;
        }

        bool approximate = number.Approximate;
        QuantityBound? bound = null;
        int start = first;
        for (int n = 0; n < MaxCuesBefore && CueMatcher.EndingBefore(tokens, start) is { } cue; n++)
        {
            start -= cue.Words.Length;
            approximate |= cue.Approximate;
            bound ??= cue.Bound;
        }

        var subject = SubjectReader.Read(tokens, noun, text);
        int last = noun.Last;
        QuantityCue? after = CueMatcher.StartingAt(tokens, last + 1);
        if (after is null && subject is { } hint)
        {
            after = CueMatcher.StartingAt(tokens, hint.Last + 1);
            last = after is null ? last : hint.Last;
        }

        if (after is not null)
        {
            last += after.Words.Length;
            approximate |= after.Approximate;
            bound ??= after.Bound;
        }

        int startOffset = TokenWords.StartWithoutClitics(text, tokens[start]);
        int endOffset = tokens[last].End;
        var mention = new QuantityMention(
            startOffset, endOffset, text[startOffset..endOffset], number.Value, noun.Unit, approximate, bound, subject?.Hint, noun.Confidence);
        return (mention, Math.Max(last, subject?.Last ?? last));
    }
}
