using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Marsad.Core.Documents;

/// <summary>
/// SHA-256 over the stored fields, each written as <c>length:value</c> (or <c>-1:</c> for null)
/// so no two field splits collide. Fed to the hash field by field rather than concatenated first:
/// this runs on the single write thread of an ingest, once per article.
/// </summary>
internal static class ArticleHash
{
    public static string Compute(Article article)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, article.Title);
        Append(hash, article.Text);
        Append(hash, article.Author);
        Append(hash, article.Outlet);
        Append(hash, article.Published?.ToString());
        Append(hash, article.Url);
        Append(hash, article.Source);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void Append(IncrementalHash hash, string? value)
    {
        var prefix = value is null ? "-1:" : value.Length.ToString(CultureInfo.InvariantCulture) + ":";
        Span<byte> head = stackalloc byte[16];
        hash.AppendData(head[..Encoding.ASCII.GetBytes(prefix, head)]);
        if (string.IsNullOrEmpty(value))
        {
            return;
        }
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(value.Length));
        try
        {
            hash.AppendData(buffer, 0, Encoding.UTF8.GetBytes(value, buffer));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
