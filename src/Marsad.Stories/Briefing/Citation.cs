namespace Marsad.Stories.Briefing;

/// <summary>A numbered piece of evidence in a briefing: the sentence itself and where it is (document, span, outlet, date).</summary>
public sealed record Citation(int Number, string Document, int Start, int End, string Text, string? Outlet, string? Published, string? Title);
