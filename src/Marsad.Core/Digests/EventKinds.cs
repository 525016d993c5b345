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
    public const string Arrest = "arrest";
    public const string Verdict = "verdict";
    public const string Resignation = "resignation";
    public const string Appointment = "appointment";
    public const string Crash = "crash";
    public const string Earthquake = "earthquake";
    public const string Fire = "fire";
    public const string Storm = "storm";
    public const string Protest = "protest";
    public const string Win = "win";
    public const string Match = "match";
    public const string Expulsion = "expulsion";
    public const string Sanctions = "sanctions";
    public const string Visit = "visit";
    public const string Launch = "launch";

    /// <summary>
    /// The family a kind belongs to: kinds one event is told by, as outlets word it differently
    /// (a car bomb is an attack, an explosion and deaths; a plane crash a crash and deaths; an
    /// election a vote and a win). Two reports whose kinds share no family tell different events.
    /// </summary>
    public static string Family(string kind) => kind switch
    {
        Attack or Strike or Explosion or Death => "violence",
        Crash or Earthquake or Fire or Storm => "disaster",
        Election or Vote => "vote",
        Win or Match => "contest",
        Arrest or Verdict or Expulsion => "justice",
        Resignation or Appointment => "office",
        Meeting or Visit or Agreement => "diplomacy",
        _ => kind,
    };

    /// <summary>Every kind, in the order a word listed under two kinds is given the first.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Announcement, Meeting, Agreement, Attack, Strike, Explosion, Election, Vote, Death, Withdrawal, Deadline, Plan,
        Arrest, Verdict, Resignation, Appointment, Crash, Earthquake, Fire, Storm, Protest, Win, Match, Expulsion, Sanctions, Visit, Launch,
    ];

    /// <summary>
    /// Kinds that only frame another event (أعلنت … انسحاب، تعتزم … إجراء انتخابات): a sentence is
    /// one of these only when it names no concrete event.
    /// </summary>
    public static bool IsFraming(string kind) => kind is Announcement or Plan or Deadline;

    /// <summary>Kinds whose deaths are their outcome: "قتل 12 في هجوم" is the attack, not a separate death.</summary>
    public static bool IsViolent(string kind) => kind is Attack or Strike or Explosion;
}
