using Lucene.Net.Analysis;
using Marsad.Search.Indexing;

namespace Marsad.Search.Analysis;

/// <summary>
/// Our Arabic analysis as a Lucene analyzer: exact fields get clitic-free base words, stem
/// fields get light stems (see <see cref="IndexFields.FormOf"/>).
/// </summary>
internal sealed class MarsadAnalyzer() : Analyzer(PER_FIELD_REUSE_STRATEGY)
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new MarsadTokenizer(reader, IndexFields.FormOf(fieldName)));
}
