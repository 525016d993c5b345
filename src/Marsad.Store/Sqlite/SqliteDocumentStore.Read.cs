using System.Globalization;
using System.Text;
using Marsad.Core.Documents;
using Marsad.Search;
using Microsoft.Data.Sqlite;

namespace Marsad.Store.Sqlite;

internal sealed partial class SqliteDocumentStore
{
    public async Task<Article?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        using var held = await EnterAsync(cancellationToken);
        try
        {
            using var command = Command($"SELECT {ArticleRows.Columns} FROM documents WHERE id = $id");
            command.Parameters.AddWithValue("$id", id);
            using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken) ? ArticleRows.Read(reader) : null;
        }
        catch (SqliteException e)
        {
            throw Failed(e, $"cannot read {id}");
        }
    }

    public async Task<ListPage> ListAsync(ListQuery query, CancellationToken cancellationToken = default)
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
        using var held = await EnterAsync(cancellationToken);
        try
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
            var total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            var items = new List<DocumentSummary>();
            using var reader = await page.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
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
        catch (SqliteException e)
        {
            throw Failed(e, "cannot list the articles");
        }
    }

    public async Task<StoreStats> GetStatsAsync(CancellationToken cancellationToken = default)
    {
        using var held = await EnterAsync(cancellationToken);
        try
        {
            using var totals = Command("SELECT COUNT(*), MIN(published_date), MAX(published_date) FROM documents");
            int count;
            DateOnly? earliest, latest;
            using (var reader = await totals.ExecuteReaderAsync(cancellationToken))
            {
                await reader.ReadAsync(cancellationToken);
                count = reader.GetInt32(0);
                earliest = PublishedColumns.ParseDate(ArticleRows.NullableString(reader, 1));
                latest = PublishedColumns.ParseDate(ArticleRows.NullableString(reader, 2));
            }
            using var perOutlet = Command("SELECT outlet, COUNT(*) AS n FROM documents GROUP BY outlet ORDER BY n DESC, outlet ASC");
            var outlets = new List<OutletCount>();
            using (var reader = await perOutlet.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    outlets.Add(new OutletCount(ArticleRows.NullableString(reader, 0), reader.GetInt32(1)));
                }
            }
            return new StoreStats(count, outlets, earliest, latest, SizeOnDisk(), await ReadCounterAsync(null, cancellationToken));
        }
        catch (SqliteException e)
        {
            throw Failed(e, "cannot read the statistics");
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
