namespace Marsad.Text.Words;

/// <summary>Receives the words of a text one at a time; the span is only valid during the call.</summary>
public interface IWordVisitor
{
    void Word(ReadOnlySpan<char> word);
}
