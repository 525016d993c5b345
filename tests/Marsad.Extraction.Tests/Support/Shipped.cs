using Marsad.Extraction.Analysis;
using Marsad.Extraction.Entities;

namespace Marsad.Extraction.Tests.Support;

/// <summary>The shipped models, loaded once for the test run as a process would load them once for its pipeline.</summary>
internal static class Shipped
{
    public static EntityRecognizer Recognizer { get; } = EntityRecognizer.LoadShipped();

    public static ArticleAnalyzer Analyzer { get; } = new(Recognizer, TimeProvider.System);
}
