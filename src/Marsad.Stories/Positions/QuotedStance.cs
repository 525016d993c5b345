using Marsad.Core.Stories;


namespace Marsad.Stories.Positions;

/// <summary>One quote on the question: its speaker's collection-wide id, the stance it takes, and where it stands.</summary>
internal sealed record QuotedStance(string Actor, string Stance, Evidence Evidence);
