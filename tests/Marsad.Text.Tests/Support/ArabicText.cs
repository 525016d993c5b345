namespace Marsad.Text.Tests.Support;

/// <summary>A string for property tests, biased towards the Arabic news text the engine sees.</summary>
public sealed record ArabicText(string Value)
{
    public override string ToString() => string.Join(' ', Value.Select(c => ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)));
}
