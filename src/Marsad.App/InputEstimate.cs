using System.Buffers;
using System.IO.Compression;

namespace Marsad.App;

/// <summary>
/// Counts how many articles the inputs hold (one per file, one per line of JSON Lines) so the
/// progress bar can show an ETA. It runs beside the ingest, not before it: the bar starts at once
/// and gains its ETA when the count is in. Best effort: unreadable inputs count as one.
/// </summary>
public static class InputEstimate
{
    private static readonly string[] ArticleExtensions = [".txt", ".html", ".htm", ".json"];

    public static long Count(IEnumerable<string> paths, CancellationToken cancellationToken)
    {
        long total = 0;
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    total += CountFile(file, cancellationToken);
                }
            }
            else if (File.Exists(path))
            {
                total += CountFile(path, cancellationToken);
            }
        }
        return total;
    }

    private static long CountFile(string path, CancellationToken cancellationToken)
    {
        if (path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            return CountLines(path, gzip: false, cancellationToken);
        }
        if (path.EndsWith(".jsonl.gz", StringComparison.OrdinalIgnoreCase))
        {
            return CountLines(path, gzip: true, cancellationToken);
        }
        return ArticleExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase)) ? 1 : 0;
    }

    private static long CountLines(string path, bool gzip, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            using var file = File.OpenRead(path);
            using Stream stream = gzip ? new GZipStream(file, CompressionMode.Decompress) : file;
            long lines = 0;
            var lastWasNewline = true;
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var span = buffer.AsSpan(0, read);
                lines += span.Count((byte)'\n');
                lastWasNewline = span[^1] == (byte)'\n';
            }
            return lastWasNewline ? lines : lines + 1;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return 1;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
