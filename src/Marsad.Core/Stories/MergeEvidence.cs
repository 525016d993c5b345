namespace Marsad.Core.Stories;

/// <summary>
/// Why two names were taken for one actor: the rule that joined them (<c>MergeRules</c> in Stories),
/// the two names, and the detail a user needs to check it (the alias-table line, the one full
/// name a short form fits, the correction).
/// </summary>
public sealed record MergeEvidence(string Rule, string Name, string OtherName, string Detail);
