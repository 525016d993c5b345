namespace Marsad.Core.Analysis;

/// <summary>
/// How a word before a date narrows or shifts it; the upper-case name is the tag the issue uses
/// (START, MID, END, APPROX, BEFORE, AFTER).
/// </summary>
public enum DateModifier
{
    Start,
    Mid,
    End,
    Approx,
    Before,
    After,
}
