namespace Marsad.Text.Sentences;

/// <summary>Splits text into sentences; spans are [Start, End) into the original text.</summary>
public sealed class SentenceSplitter
{
    public static SentenceSplitter Default { get; } = new();

    public IReadOnlyList<(int Start, int End)> Split(string text) => throw new NotImplementedException();
}
