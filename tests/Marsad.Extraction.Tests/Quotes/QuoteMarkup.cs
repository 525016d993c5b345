namespace Marsad.Extraction.Tests.Quotes;

/// <summary>A generated test article in <see cref="QuoteText"/> markup.</summary>
public sealed record QuoteMarkup(string Value)
{
    public override string ToString() => Value;
}
