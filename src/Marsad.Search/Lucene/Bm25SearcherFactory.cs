using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Marsad.Search.Lucene;

/// <summary>Searchers that score with BM25, the similarity the index was written with.</summary>
internal sealed class Bm25SearcherFactory : SearcherFactory
{
    private static readonly BM25Similarity Similarity = new();

    public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = Similarity };
}
