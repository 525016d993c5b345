using Marsad.Core.Digests;
using Marsad.Text.Lexicons;

namespace Marsad.Extraction.Digests;

/// <summary>
/// The words that name an event of news reporting, per kind: the past-tense verb in its common
/// persons (he, she, they), the present where plans are written with it, and the verbal nouns.
/// Clitics and pronoun suffixes are handled by <see cref="WordForms"/>, so each word is listed bare.
/// Words left out on purpose: وقع (signed, but also "occurred" — وقع انفجار), صوت (voted, but also
/// "voice"), فجر (blew up, but also "dawn"), عقد (held, but also "decade"/"contract"), توقع (expects).
/// </summary>
internal static class TriggerLexicon
{
    private const string ResourceName = "Marsad.Extraction.TriggerWords.tsv";

    private static readonly string[] AnnouncementPast = LexiconResource.Section(typeof(TriggerLexicon), ResourceName, "announcement-past");
    private static readonly string[] Announcement = LexiconResource.Section(typeof(TriggerLexicon), ResourceName, "announcement");

    private static readonly string[] MeetingPast = LexiconResource.Section(typeof(TriggerLexicon), ResourceName, "meeting-past");
    private static readonly string[] Meeting = LexiconResource.Section(typeof(TriggerLexicon), ResourceName, "meeting");

    private static readonly string[] AgreementPast = LexiconResource.Section(typeof(TriggerLexicon), ResourceName, "agreement-past");
    private static readonly string[] Agreement = LexiconResource.Section(typeof(TriggerLexicon), ResourceName, "agreement");

    private static readonly string[] AttackPast = LexiconResource.Section(typeof(TriggerLexicon), ResourceName, "attack-past");
    private static readonly string[] Attack = LexiconResource.Section(typeof(TriggerLexicon), ResourceName, "attack");

    private static readonly string[] StrikePast = LexiconResource.Section(typeof(TriggerLexicon), ResourceName, "strike-past");
    private static readonly string[] Strike = LexiconResource.Section(typeof(TriggerLexicon), ResourceName, "strike");

    private static readonly string[] ExplosionPast = LexiconResource.Section(typeof(TriggerLexicon), ResourceName, "explosion-past");
    private static readonly string[] Explosion = LexiconResource.Section(typeof(TriggerLexicon), ResourceName, "explosion");

    private static readonly string[] ElectionPast = LexiconResource.Section(typeof(TriggerLexicon), ResourceName, "election-past");
    private static readonly string[] Election = LexiconResource.Section(typeof(TriggerLexicon), ResourceName, "election");

    private static readonly string[] VotePast = LexiconResource.Section(typeof(TriggerLexicon), ResourceName, "vote-past");
    private static readonly string[] Vote = LexiconResource.Section(typeof(TriggerLexicon), ResourceName, "vote");

    // حتفه/مصرعه only follow لقي (met his death), so they stand for the past verb.
    private static readonly string[] DeathPast = LexiconResource.Section(typeof(TriggerLexicon), ResourceName, "death-past");

    private static readonly string[] Death = LexiconResource.Section(typeof(TriggerLexicon), ResourceName, "death");

    private static readonly string[] WithdrawalPast = LexiconResource.Section(typeof(TriggerLexicon), ResourceName, "withdrawal-past");
    private static readonly string[] Withdrawal = LexiconResource.Section(typeof(TriggerLexicon), ResourceName, "withdrawal");

    private static readonly string[] Deadline = LexiconResource.Section(typeof(TriggerLexicon), ResourceName, "deadline");

    private static readonly string[] Plan = LexiconResource.Section(typeof(TriggerLexicon), ResourceName, "plan");

    public static WordTable<Trigger> Lexicon { get; } = new(
        Entries(EventKinds.Announcement, AnnouncementPast, Announcement)
            .Concat(Entries(EventKinds.Meeting, MeetingPast, Meeting))
            .Concat(Entries(EventKinds.Agreement, AgreementPast, Agreement))
            .Concat(Entries(EventKinds.Attack, AttackPast, Attack))
            .Concat(Entries(EventKinds.Strike, StrikePast, Strike))
            .Concat(Entries(EventKinds.Explosion, ExplosionPast, Explosion))
            .Concat(Entries(EventKinds.Election, ElectionPast, Election))
            .Concat(Entries(EventKinds.Vote, VotePast, Vote))
            .Concat(Entries(EventKinds.Death, DeathPast, Death))
            .Concat(Entries(EventKinds.Withdrawal, WithdrawalPast, Withdrawal))
            .Concat(Entries(EventKinds.Deadline, [], Deadline))
            .Concat(Entries(EventKinds.Plan, [], Plan)));

    private static IEnumerable<KeyValuePair<string, Trigger>> Entries(string kind, string[] past, string[] other) =>
        past.Select(w => KeyValuePair.Create(w, new Trigger(kind, PastVerb: true)))
            .Concat(other.Select(w => KeyValuePair.Create(w, new Trigger(kind, PastVerb: false))));
}
