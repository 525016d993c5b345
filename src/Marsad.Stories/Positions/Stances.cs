namespace Marsad.Stories.Positions;

/// <summary>The contract's stances on a question.</summary>
public static class Stances
{
    public const string For = "for";
    public const string Against = "against";
    public const string Sceptical = "sceptical";
    public const string Neutral = "neutral";
}
