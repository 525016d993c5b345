namespace Marsad.Core.Analysis;

/// <summary>
/// One date expression in an article. <paramref name="Start"/> and <paramref name="End"/> are a
/// half-open UTF-16 span of the original text (modifier words included) and <paramref name="Text"/>
/// is that span. <paramref name="Value"/> is <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>
/// (Hijri dates converted to Gregorian), or null when the text names no year and none could be
/// inferred, when a relative expression had no anchor, or for a named week (see the dates stage, <c>DateFinder</c>).
/// <paramref name="Note"/> says why a relative expression was left unresolved when the reason is not
/// plain (an undated article whose dates contradict its own weekday words).
/// </summary>
public sealed record DateMention(int Start, int End, string Text, string? Value, DateModifier? Modifier, string? Note = null);
