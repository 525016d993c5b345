namespace Marsad.Store;

/// <summary>The store cannot be used as it is: its message names the file and the reason in plain words.</summary>
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
}
