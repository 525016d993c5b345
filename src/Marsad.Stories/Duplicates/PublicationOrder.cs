using Marsad.Core.Stories;


namespace Marsad.Stories.Duplicates;

/// <summary>
/// The collection's order of documents: by publication date, undated after dated, ties by input
/// position. "Earliest" for originals and for stories means first in this order.
/// </summary>
internal sealed class PublicationOrder : IComparer<StoryDocument>
{
    public static PublicationOrder Instance { get; } = new();

    /// <summary>The day number of the publication date, or <see cref="int.MaxValue"/> when undated (so undated sorts last).</summary>
    public static int Day(StoryDocument document) =>
        document.Article.Published is { } published ? published.Date.DayNumber : int.MaxValue;

    public int Compare(StoryDocument? x, StoryDocument? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? 1 : -1;
        }

        int byDay = Day(x).CompareTo(Day(y));
        return byDay != 0 ? byDay : x.Index.CompareTo(y.Index);
    }
}
