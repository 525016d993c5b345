
namespace Marsad.Training.Dates.Evaluation;

/// <summary>How many gold expressions of one kind there are and how many Marsad found with exactly their value.</summary>
public sealed record TimeMlShare(int Gold, int Found)
{
    /// <summary>Found / Gold, 0 when there is no gold.</summary>
    public double Share => Gold == 0 ? 0 : (double)Found / Gold;
}
