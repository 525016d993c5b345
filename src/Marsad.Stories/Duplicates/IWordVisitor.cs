namespace Marsad.Stories.Duplicates;

/// <summary>Receives the words of a text one at a time; the span is only valid during the call.</summary>
internal interface IWordVisitor
{
    void Word(ReadOnlySpan<char> word);
}
