using Marsad.Core.Documents;

namespace Marsad.Store.Tests.Support;

/// <summary>Small articles for tests: only what a test cares about needs saying.</summary>
internal static class Articles
{
    public static Article Make(
        string id,
        string text = "نص الخبر",
        string? title = "عنوان",
        string? outlet = "الجزيرة",
        string? published = "2024-01-13",
        string? author = null,
        string? url = null) => new(
            Id: id,
            Source: "test/" + id,
            Title: title,
            Text: text,
            Author: author,
            Outlet: outlet,
            Published: published is null ? null : Parse(published),
            Url: url);

    public static PublicationTime Parse(string value) =>
        PublicationTime.TryParse(value, out var published) ? published : throw new ArgumentException(value, nameof(value));

    public static IReadOnlyList<Article> Many(int count, string prefix = "a") =>
        Enumerable.Range(0, count).Select(i => Make($"{prefix}{i:D5}", text: $"نص رقم {i}")).ToList();
}
