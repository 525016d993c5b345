namespace Marsad.Store;

public enum UpsertOutcome
{
    /// <summary>The id was new.</summary>
    Added,

    /// <summary>The id was stored with other content, which the new content replaced.</summary>
    Updated,

    /// <summary>The id was stored with the same content; nothing was written.</summary>
    Unchanged,
}
