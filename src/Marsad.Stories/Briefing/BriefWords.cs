namespace Marsad.Stories.Briefing;

/// <summary>The briefing's Arabic labels, in one place so both formats say the same thing.</summary>
internal static class BriefWords
{
    public const string Summary = "ما القصة";
    public const string Actors = "الأطراف ومواقفها";
    public const string Timeline = "التسلسل الزمني";
    public const string Numbers = "الأرقام وما تختلف فيه المصادر";
    public const string Sources = "المصادر";
    public const string Evidence = "الأدلة";
    public const string NoConflicts = "لم تُعثر على أرقام متضاربة بين مصادر مستقلة.";
    public const string NoTimeline = "لا أحداث مؤرخة.";
    public const string Question = "السؤال";
    public const string Copy = "نسخة من";
    public const string Figures = "الأرقام كما ترويها المصادر";
    public const string Disagreements = "ما تختلف فيه المصادر";
    public const string UnknownDate = "تاريخ غير معروف";

    public static string Stance(string? stance) => stance switch
    {
        "for" => "مؤيد",
        "against" => "معارض",
        "sceptical" => "مشكك",
        "neutral" => "محايد",
        _ => "—",
    };

    public static string Status(string status) => status == "planned" ? "مخطط" : "حدث";

    public static string Kind(string type) => type switch
    {
        "PER" => "شخص",
        "ORG" => "منظمة",
        "LOC" => "مكان",
        _ => type,
    };

    public static string ConflictKind(string kind) => kind == "change" ? "تغيّر مع الوقت" : "تضارب";

    public static string Count(int articles, int independent) =>
        $"{Articles(articles)}، منها {independent} مستقلة";

    /// <summary>A count of articles with the noun in the form Arabic gives that number (مقالة واحدة، مقالتان، 3 مقالات، 11 مقالة).</summary>
    public static string Articles(int n) => n switch
    {
        1 => "مقالة واحدة",
        2 => "مقالتان",
        >= 3 and <= 10 => $"{n} مقالات",
        _ => $"{n} مقالة",
    };

    /// <summary>"من … إلى …", or "في …" when the articles share one date.</summary>
    public static string Span(string? from, string? to) =>
        from is null ? "" : string.Equals(from, to, StringComparison.Ordinal) ? $"، في {from}" : $"، من {from} إلى {to}";
}
