namespace Marsad.Store;

public enum ListOrder
{
    /// <summary>Latest publication first; undated articles last.</summary>
    Newest,

    /// <summary>Earliest publication first; undated articles last.</summary>
    Oldest,
}
