namespace Marsad.Cli.Tests.Support;

/// <summary>Small Arabic articles written for these tests.</summary>
internal static class Articles
{
    public const string Budget =
        "البرلمان يقر الموازنة العامة بعد جلسة طويلة\n\n" +
        "أقر مجلس النواب مساء الأربعاء الموازنة العامة للعام المقبل بعد جلسة استمرت تسع ساعات، " +
        "وقال رئيس اللجنة المالية إن الموازنة تركز على الصحة والتعليم.\n" +
        "وأضاف أن العجز المتوقع يبلغ نحو ثلاثة مليارات دولار.";

    public const string Floods =
        "سيول تجتاح قرى في الجنوب\n\n" +
        "اجتاحت سيول جارفة عددا من القرى الجنوبية فجر الخميس، وقال الدفاع المدني إن فرقه أجلت أكثر من مئتي عائلة.\n" +
        "وطالب الأهالي بتعويضات عاجلة عن الخسائر التي لحقت بالمحاصيل والمنازل.";

    /// <summary>One JSON Lines record with the given id and body.</summary>
    public static string JsonLine(string id, string title, string text, string outlet = "وكالة الاختبار", string published = "2025-03-01T10:00:00+03:00") =>
        System.Text.Json.JsonSerializer.Serialize(new { id, title, text, outlet, published });
}
