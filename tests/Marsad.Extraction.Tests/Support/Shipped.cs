using Marsad.Core.Analysis;
using Marsad.Core.Documents;
using Marsad.Extraction.Analysis;
using Marsad.Extraction.Entities;

namespace Marsad.Extraction.Tests.Support;

/// <summary>The shipped models, loaded once for the test run as a process would load them once for its pipeline.</summary>
internal static class Shipped
{
    public static EntityRecognizer Recognizer { get; } = EntityRecognizer.LoadShipped();

    public static ArticleAnalyzer Analyzer { get; } = new(Recognizer, TimeProvider.System);

    /// <summary>The shipped analysis of a text given as an undated article with no metadata.</summary>
    public static DocumentAnalysis Analyze(string text) => Analyzer.Analyze(new Article("t", "test", null, text, null, null, null, null));
}
