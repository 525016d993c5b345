namespace Marsad.Store;

/// <summary>Which stored articles to list.</summary>
public sealed record ListQuery
{
    /// <summary>Only this outlet (compared as <see cref="Search.OutletKey"/> does); null for all.</summary>
    public string? Outlet { get; init; }

    /// <summary>Published on or after this date (the publisher's own date); undated articles are left out.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Published on or before this date; undated articles are left out.</summary>
    public DateOnly? To { get; init; }

    public int Skip { get; init; }

    public int Take { get; init; } = 20;

    public ListOrder Order { get; init; } = ListOrder.Newest;
}
