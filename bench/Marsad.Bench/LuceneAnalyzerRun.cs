using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Marsad.Bench;

/// <summary>The reference point: Lucene.NET's own ArabicAnalyzer over the same texts, one thread.</summary>
internal static class LuceneAnalyzerRun
{
    /// <returns>The number of tokens, so the work cannot be optimised away.</returns>
    public static long Run(IReadOnlyList<string> texts)
    {
        using var analyzer = new ArabicAnalyzer(LuceneVersion.LUCENE_48);
        long tokens = 0;
        foreach (var text in texts)
        {
            using var reader = new StringReader(text);
            using var stream = analyzer.GetTokenStream("text", reader);
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                tokens += term.Length > 0 ? 1 : 0;
            }
            stream.End();
        }
        return tokens;
    }
}
