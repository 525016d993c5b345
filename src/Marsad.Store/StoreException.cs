namespace Marsad.Store;

/// <summary>
/// The store cannot do what was asked: its message names the file (or server) and the reason in
/// plain words. Every backend translates its own errors into this one type, so no caller (a CLI,
/// a web host, a queue worker) has to know which database sits underneath.
/// </summary>
public sealed class StoreException : Exception
{
    public StoreException()
    {
    }

    public StoreException(string message)
        : base(message)
    {
    }

    public StoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StoreException(string message, bool isTransient, Exception? innerException = null)
        : base(message, innerException)
    {
        IsTransient = isTransient;
    }

    /// <summary>
    /// True when the same call may succeed if tried again later (the database was busy or locked
    /// by another writer); false when retrying cannot help (a damaged or read-only file, not a
    /// database at all), so a worker should give up and report rather than retry.
    /// </summary>
    public bool IsTransient { get; }
}
