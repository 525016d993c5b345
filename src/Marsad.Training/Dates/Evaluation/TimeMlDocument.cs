
namespace Marsad.Training.Dates.Evaluation;

/// <summary>A TimeML file as plain text (tags removed, entities decoded, byte-order marks dropped) and its gold TIMEX3s.</summary>
public sealed record TimeMlDocument(string Name, string Text, IReadOnlyList<TimexAnnotation> Timexes);
