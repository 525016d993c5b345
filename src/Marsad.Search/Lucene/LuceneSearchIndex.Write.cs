using System.Globalization;
using Lucene.Net.Index;
using Marsad.Core.Documents;
using Marsad.Search.Analysis;
using Marsad.Search.Indexing;

namespace Marsad.Search.Lucene;

internal sealed partial class LuceneSearchIndex
{
    public void Upsert(IEnumerable<Article> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        lock (_writeGate)
        {
            foreach (var article in articles)
            {
                cancellationToken.ThrowIfCancellationRequested();
                _writer.UpdateDocument(new Term(IndexFields.Id, article.Id), _builder.Build(article));
                _stale = true;
            }
        }
    }

    public void Delete(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        lock (_writeGate)
        {
            _writer.DeleteDocuments(new Term(IndexFields.Id, id));
            _stale = true;
        }
    }

    public void DeleteAll()
    {
        lock (_writeGate)
        {
            _writer.DeleteAll();
            _stale = true;
        }
    }

    public void Commit(IndexCheckpoint checkpoint)
    {
        lock (_writeGate)
        {
            _writer.SetCommitData(new Dictionary<string, string>
            {
                [StoreKey] = checkpoint.StoreId,
                [SeqKey] = checkpoint.Seq.ToString(CultureInfo.InvariantCulture),
                [AnalysisKey] = SearchAnalysis.Version,
            });
            _writer.Commit();
            Checkpoint = checkpoint;
        }
    }
}
