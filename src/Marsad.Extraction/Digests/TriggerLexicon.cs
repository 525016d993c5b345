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
    private static readonly string[] AnnouncementPast = ["أعلن", "أعلنت", "أعلنوا"];
    private static readonly string[] Announcement = ["يعلن", "تعلن", "إعلان"];

    private static readonly string[] MeetingPast = ["اجتمع", "اجتمعت", "اجتمعوا", "التقى", "التقت", "التقوا", "استقبل", "استقبلت"];
    private static readonly string[] Meeting =
    [
        "يجتمع", "تجتمع", "يلتقي", "تلتقي", "اجتماع", "اجتماعا", "اجتماعات", "لقاء", "لقاءات", "محادثات", "مباحثات", "قمة",
    ];

    private static readonly string[] AgreementPast = ["اتفق", "اتفقت", "اتفقوا", "وقعا", "وقعوا", "وقعتا"];
    private static readonly string[] Agreement = ["اتفاق", "اتفاقا", "اتفاقية", "اتفاقيات", "توقيع", "يوقع", "يوقعان", "صفقة"];

    private static readonly string[] AttackPast = ["هاجم", "هاجمت", "هاجموا", "استهدف", "استهدفت", "استهدفوا", "اقتحم", "اقتحمت", "اقتحموا"];
    private static readonly string[] Attack =
    [
        "يهاجم", "تهاجم", "هجوم", "هجوما", "هجمات", "يستهدف", "تستهدف", "استهداف", "اعتداء", "اعتداءات", "كمين", "اقتحام",
    ];

    private static readonly string[] StrikePast = ["قصفت", "قصفوا"];
    private static readonly string[] Strike = ["قصف", "يقصف", "تقصف", "غارة", "غارات", "ضربة", "ضربات", "قصفا"];

    private static readonly string[] ExplosionPast = ["انفجر", "انفجرت", "فجرت", "فجروا", "دوى", "دوت"];
    private static readonly string[] Explosion = ["انفجار", "انفجارات", "تفجير", "تفجيرات", "تفجيرا", "انفجارا"];

    private static readonly string[] ElectionPast = ["انتخب", "انتخبت", "انتخبوا"];
    private static readonly string[] Election = ["انتخابات", "انتخاب", "اقتراع", "الانتخابية"];

    private static readonly string[] VotePast = ["صوتت", "صوتوا"];
    private static readonly string[] Vote = ["تصويت", "يصوت", "تصوت", "استفتاء"];

    // حتفه/مصرعه only follow لقي (met his death), so they stand for the past verb.
    private static readonly string[] DeathPast =
    [
        "قتل", "قتلت", "قتلوا", "حتفه", "حتفهم", "حتفها", "حتفهما", "مصرعه", "مصرعهم", "مصرعها", "توفي", "توفيت", "اغتيل", "اغتالت", "اغتالوا",
    ];

    private static readonly string[] Death = ["مقتل", "قتيل", "قتلى", "قتيلا", "وفاة", "اغتيال"];

    private static readonly string[] WithdrawalPast = ["انسحب", "انسحبت", "انسحبوا", "سحبت", "غادر", "غادرت", "غادروا"];
    private static readonly string[] Withdrawal = ["انسحاب", "ينسحب", "تنسحب", "سحب", "يسحب", "تسحب", "مغادرة"];

    private static readonly string[] Deadline = ["مهلة", "المهلة", "بحلول"];

    private static readonly string[] Plan = ["يعتزم", "تعتزم", "يعتزمون", "يخطط", "تخطط", "خطة", "المقرر", "ينوي", "تنوي"];

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
