
namespace Marsad.Training.Dates.Evaluation;

/// <summary>
/// A calendar-valued gold DATE that Marsad did not find with its value: what overlapped it, if
/// anything, so a reader can tell a missed expression from a wrong value.
/// </summary>
public sealed record TimeMlMiss(string Document, string GoldText, string GoldValue, bool NamesYear, string? FoundText, string? FoundValue);
