namespace Marsad.Stories.Claims;

/// <summary>A kind of count the sources report about a story, with its readable Arabic label.</summary>
internal sealed record CountFact(string Key, string Label)
{
    public static CountFact Killed { get; } = new("killed", "عدد القتلى");

    public static CountFact Injured { get; } = new("injured", "عدد الجرحى");

    public static CountFact Troops { get; } = new("troops", "عدد الجنود");

    public static CountFact Detained { get; } = new("detained", "عدد المعتقلين");

    public static CountFact Displaced { get; } = new("displaced", "عدد النازحين");
}
