using Marsad.Search.Analysis;

namespace Marsad.Search.Indexing;

/// <summary>The fields of an indexed article.</summary>
internal static class IndexFields
{
    /// <summary>The article id, as stored: the key for replace and delete.</summary>
    public const string Id = "id";

    public const string TitleExact = "title_exact";
    public const string TitleStem = "title_stem";
    public const string TextExact = "text_exact";
    public const string TextStem = "text_stem";

    /// <summary>Stored only, for results: the original title and body (snippets are cut from the body).</summary>
    public const string Title = "title";
    public const string Text = "text";

    /// <summary>Stored only: the outlet as the store has it, and the publication time in ISO 8601.</summary>
    public const string Outlet = "outlet";
    public const string Published = "published";

    /// <summary>Indexed only: <see cref="OutletKey"/> of the outlet, for the outlet filter.</summary>
    public const string OutletKey = "outlet_key";

    /// <summary>Numeric yyyymmdd of the publisher's own date, for date range filters.</summary>
    public const string Day = "day";

    /// <summary>Doc values: 1 for dated articles, 0 otherwise, so undated ones sort last either way.</summary>
    public const string Dated = "dated";

    /// <summary>Doc values: unix seconds of the instant (midnight UTC for a bare date), for sorting by date.</summary>
    public const string PublishedAt = "published_at";

    public static FieldForm FormOf(string field) =>
        field is TitleStem or TextStem ? FieldForm.Stem : FieldForm.Exact;
}
