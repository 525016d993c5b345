using System.Text.Json;

namespace Marsad.Training.Tests.Support;

/// <summary>Arabic news-like text written for these tests (not copied from any site); the paragraphs Marsad.Ingest.Tests uses too.</summary>
internal static class ArabicSamples
{
    public const string Lead =
        "أعلنت وزارة الزراعة اليوم عن خطة جديدة لدعم المزارعين في المحافظات الجنوبية، تشمل توزيع البذور المحسنة وتوفير قروض ميسرة لمدة خمس سنوات بهدف زيادة الإنتاج المحلي من القمح.";

    public const string Second =
        "وقال المتحدث باسم الوزارة في مؤتمر صحفي إن الخطة ستبدأ مطلع الشهر المقبل، مشيرا إلى أن اللجان الفنية أنهت دراسة احتياجات المزارعين في أكثر من عشرين منطقة زراعية.";

    public const string Third =
        "وأضاف أن الحكومة تأمل أن تسهم هذه الخطوة في خفض الاعتماد على الاستيراد وتحسين دخل الأسر الريفية، داعيا الجمعيات التعاونية إلى المشاركة الفاعلة في التنفيذ والمتابعة.";

    /// <summary>One JSON Lines record with the given fields.</summary>
    public static string JsonLine(object fields) => JsonSerializer.Serialize(fields);
}
