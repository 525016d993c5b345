using Marsad.Core.Documents;
using Microsoft.Data.Sqlite;

namespace Marsad.Store.Sqlite;

/// <summary>The column list every article read selects, and the mapping of such a row back to an article.</summary>
internal static class ArticleRows
{
    /// <summary>Columns 0–7, in the order <see cref="Read"/> expects.</summary>
    public const string Columns = "id, source, title, text, author, outlet, published, url";

    public static Article Read(SqliteDataReader reader, int first = 0) => new(
        Id: reader.GetString(first),
        Source: reader.GetString(first + 1),
        Title: NullableString(reader, first + 2),
        Text: reader.GetString(first + 3),
        Author: NullableString(reader, first + 4),
        Outlet: NullableString(reader, first + 5),
        Published: PublishedColumns.Parse(NullableString(reader, first + 6)),
        Url: NullableString(reader, first + 7));

    public static string? NullableString(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
