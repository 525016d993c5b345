namespace Marsad.Core.Digests;

/// <summary>The contract's event kinds, as <see cref="Core.Stories.TimelineEntry.Kind"/> writes them.</summary>
public static class EventKinds
{
    public const string Announcement = "announcement";
    public const string Meeting = "meeting";
    public const string Agreement = "agreement";
    public const string Attack = "attack";
    public const string Strike = "strike";
    public const string Explosion = "explosion";
    public const string Election = "election";
    public const string Vote = "vote";
    public const string Death = "death";
    public const string Withdrawal = "withdrawal";
    public const string Deadline = "deadline";
    public const string Plan = "plan";

    /// <summary>
    /// Kinds that only frame another event (أعلنت … انسحاب، تعتزم … إجراء انتخابات): a sentence is
    /// one of these only when it names no concrete event.
    /// </summary>
    public static bool IsFraming(string kind) => kind is Announcement or Plan or Deadline;

    /// <summary>Kinds whose deaths are their outcome: "قتل 12 في هجوم" is the attack, not a separate death.</summary>
    public static bool IsViolent(string kind) => kind is Attack or Strike or Explosion;
}
