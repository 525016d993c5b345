using System.Globalization;
using System.Text;
using Marsad.Core.Documents;
using Marsad.Search;

namespace Marsad.Store.Sqlite;

internal sealed partial class SqliteDocumentStore
{
    public Article? Get(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        lock (_gate)
        {
            using var command = Command($"SELECT {ArticleRows.Columns} FROM documents WHERE id = $id");
            command.Parameters.AddWithValue("$id", id);
            using var reader = command.ExecuteReader();
            return reader.Read() ? ArticleRows.Read(reader) : null;
        }
    }

    public ListPage List(ListQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Skip);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Take);
        var where = new StringBuilder("WHERE 1 = 1");
        var parameters = new List<(string Name, object Value)>();
        if (OutletKey.Of(query.Outlet) is { } outlet)
        {
            where.Append(" AND outlet_key = $outlet");
            parameters.Add(("$outlet", outlet));
        }
        if (query.From is { } from)
        {
            where.Append(" AND published_date >= $from");
            parameters.Add(("$from", PublishedColumns.DateText(from)));
        }
        if (query.To is { } to)
        {
            where.Append(" AND published_date <= $to");
            parameters.Add(("$to", PublishedColumns.DateText(to)));
        }
        // Undated articles last in both orders; id breaks ties so pages never overlap.
        var order = query.Order == ListOrder.Oldest
            ? "published_at IS NULL, published_at ASC, id ASC"
            : "published_at IS NULL, published_at DESC, id ASC";
        lock (_gate)
        {
            using var count = Command($"SELECT COUNT(*) FROM documents {where}");
            using var page = Command($"""
                SELECT id, title, outlet, published, url, length(text) FROM documents {where}
                ORDER BY {order} LIMIT $take OFFSET $skip
                """);
            foreach (var (name, value) in parameters)
            {
                count.Parameters.AddWithValue(name, value);
                page.Parameters.AddWithValue(name, value);
            }
            page.Parameters.AddWithValue("$take", query.Take);
            page.Parameters.AddWithValue("$skip", query.Skip);
            var total = Convert.ToInt32(count.ExecuteScalar(), CultureInfo.InvariantCulture);
            var items = new List<DocumentSummary>();
            using var reader = page.ExecuteReader();
            while (reader.Read())
            {
                items.Add(new DocumentSummary(
                    reader.GetString(0),
                    ArticleRows.NullableString(reader, 1),
                    ArticleRows.NullableString(reader, 2),
                    PublishedColumns.Parse(ArticleRows.NullableString(reader, 3)),
                    ArticleRows.NullableString(reader, 4),
                    reader.GetInt32(5)));
            }
            return new ListPage(total, items);
        }
    }

    public StoreStats GetStats()
    {
        lock (_gate)
        {
            using var totals = Command("SELECT COUNT(*), MIN(published_date), MAX(published_date) FROM documents");
            int count;
            DateOnly? earliest, latest;
            using (var reader = totals.ExecuteReader())
            {
                reader.Read();
                count = reader.GetInt32(0);
                earliest = PublishedColumns.ParseDate(ArticleRows.NullableString(reader, 1));
                latest = PublishedColumns.ParseDate(ArticleRows.NullableString(reader, 2));
            }
            using var perOutlet = Command("SELECT outlet, COUNT(*) AS n FROM documents GROUP BY outlet ORDER BY n DESC, outlet ASC");
            var outlets = new List<OutletCount>();
            using (var reader = perOutlet.ExecuteReader())
            {
                while (reader.Read())
                {
                    outlets.Add(new OutletCount(ArticleRows.NullableString(reader, 0), reader.GetInt32(1)));
                }
            }
            return new StoreStats(count, outlets, earliest, latest, SizeOnDisk(), ReadCounter(null));
        }
    }

    private long SizeOnDisk()
    {
        long size = 0;
        foreach (var path in new[] { DatabasePath, DatabasePath + "-wal" })
        {
            var file = new FileInfo(path);
            if (file.Exists)
            {
                size += file.Length;
            }
        }
        return size;
    }
}
