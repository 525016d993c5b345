namespace Marsad.Stories.Resolution;

/// <summary>The names of the resolver's rules, as <c>marsad why</c> prints them.</summary>
public static class MergeRules
{
    /// <summary>The same name (after spelling folds) with the same type in several articles.</summary>
    public const string SameName = "same-name";

    /// <summary>The same letters in another order inside a long word (أميركا/أمريكا).</summary>
    public const string Spelling = "spelling";

    /// <summary>A line of the alias table (shipped or the user's).</summary>
    public const string Alias = "alias";

    /// <summary>A short form (السوداني) that fits exactly one full name in the collection, or one far more often than any other, or the one that holds the short form's role in the same year.</summary>
    public const string ShortForm = "short-form";

    /// <summary>A same-as line of the user's corrections file.</summary>
    public const string Correction = "correction";
}
