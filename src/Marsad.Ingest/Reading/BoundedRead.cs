namespace Marsad.Ingest.Reading;

/// <summary>Reads a whole stream only while it stays within the size limit.</summary>
internal static class BoundedRead
{
    /// <summary>The stream's bytes, or <see langword="null"/> when it is longer than <paramref name="maxBytes"/>.</summary>
    public static byte[]? ReadAll(Stream stream, long maxBytes)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
