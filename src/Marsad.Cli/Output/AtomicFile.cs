namespace Marsad.Cli.Output;

/// <summary>
/// Writes a file aside and moves it into place, so an interrupted or failed run never leaves half
/// a model where a good one was; the aside file is removed on failure.
/// </summary>
internal static class AtomicFile
{
    public static T Write<T>(string path, Func<Stream, T> write)
    {
        var temporary = path + ".tmp";
        try
        {
            T result;
            using (var file = File.Create(temporary))
            {
                result = write(file);
            }
            File.Move(temporary, path, overwrite: true);
            return result;
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <inheritdoc cref="Write{T}"/>
    public static async Task<T> WriteAsync<T>(string path, Func<Stream, Task<T>> write)
    {
        var temporary = path + ".tmp";
        try
        {
            T result;
            await using (var file = File.Create(temporary))
            {
                result = await write(file);
            }
            File.Move(temporary, path, overwrite: true);
            return result;
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
