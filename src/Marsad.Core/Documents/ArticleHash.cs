using System.Security.Cryptography;
using System.Text;

namespace Marsad.Core.Documents;

/// <summary>SHA-256 over the stored fields, each length-prefixed so no two field splits collide.</summary>
internal static class ArticleHash
{
    public static string Compute(Article article)
    {
        var builder = new StringBuilder(article.Text.Length + 256);
        Append(builder, article.Title);
        Append(builder, article.Text);
        Append(builder, article.Author);
        Append(builder, article.Outlet);
        Append(builder, article.Published?.ToString());
        Append(builder, article.Url);
        Append(builder, article.Source);
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString()));
        return Convert.ToHexStringLower(bytes);
    }

    private static void Append(StringBuilder builder, string? value)
    {
        if (value is null)
        {
            builder.Append("-1:");
            return;
        }
        builder.Append(value.Length).Append(':').Append(value);
    }
}
