namespace Marsad.Extraction.Analysis.Contract;

/// <summary>
/// One article's analysis as a self-contained contract file (one document, its own entities,
/// ids <c>e1…</c> local to it): the form a store keeps per article and <c>show</c> reads back.
/// </summary>
public static class StoredAnalysisJson
{
    public static string Write(ArticleAnalysis analysis, GeneratorStamp generator)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        using var buffer = new MemoryStream();
        using (var writer = new AnalysisFileWriter(buffer, generator, indented: false))
        {
            writer.Write(analysis);
            writer.Complete();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
