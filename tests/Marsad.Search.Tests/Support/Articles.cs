using Marsad.Core.Documents;

namespace Marsad.Search.Tests.Support;

/// <summary>Small articles for tests: only what a test cares about needs saying.</summary>
internal static class Articles
{
    public static Article Make(
        string id,
        string text,
        string? title = null,
        string? outlet = "الجزيرة",
        string? published = "2024-01-13") => new(
            Id: id,
            Source: "test/" + id,
            Title: title,
            Text: text,
            Author: null,
            Outlet: outlet,
            Published: published is null ? null : Parse(published),
            Url: null);

    public static PublicationTime Parse(string value) =>
        PublicationTime.TryParse(value, out var published) ? published : throw new ArgumentException(value, nameof(value));
}
