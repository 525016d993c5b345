namespace Marsad.Core.Digests;

/// <summary>
/// A kind of count the sources report, with its readable Arabic label. A <paramref name="Standing"/>
/// count is a state of the world that lasts (troops deployed, people displaced) and is compared
/// across the whole collection for one subject — the troops of 2021 against those of 2024 — while
/// the other counts belong to one event (its dead, its injured) and are compared within its story.
/// </summary>
public sealed record CountFact(string Key, string Label, bool Standing = false)
{
    public static CountFact Killed { get; } = new("killed", "عدد القتلى");

    public static CountFact Injured { get; } = new("injured", "عدد الجرحى");

    public static CountFact Troops { get; } = new("troops", "عدد الجنود", Standing: true);

    public static CountFact Detained { get; } = new("detained", "عدد المعتقلين");

    public static CountFact Displaced { get; } = new("displaced", "عدد النازحين", Standing: true);

    /// <summary>The fact a stored key names; null for a key this version does not know.</summary>
    public static CountFact? Of(string key) => key switch
    {
        "killed" => Killed,
        "injured" => Injured,
        "troops" => Troops,
        "detained" => Detained,
        "displaced" => Displaced,
        _ => null,
    };
}
