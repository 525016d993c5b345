using System.IO.Compression;
using System.Text.Json;
using Marsad.Ingest.Text;

namespace Marsad.Ingest.Reading;

/// <summary>
/// Streams a JSON Lines file (plain or gzip) one line at a time in constant memory: each line is
/// bounded by the article size limit, checked as UTF-8, parsed and mapped, or reported with its
/// line number. A truncated gzip yields every complete line before the cut, then one problem.
/// </summary>
internal sealed class JsonLinesSource : IDisposable
{
    private readonly string location;
    private readonly long maxBytes;
    private readonly GzipTrailerStream? trailer;
    private readonly Stream stream;
    private readonly BoundedLineReader reader;
    private int lineNumber;
    private bool sawContent;
    private bool done;

    public JsonLinesSource(Stream input, string location, bool gzip, long maxBytes)
    {
        this.location = location;
        this.maxBytes = maxBytes;
        if (gzip)
        {
            trailer = new GzipTrailerStream(input);
            stream = new GZipStream(trailer, CompressionMode.Decompress);
        }
        else
        {
            stream = input;
        }
        reader = new BoundedLineReader(stream, maxBytes);
    }

    public static IEnumerable<RawItem> Read(Stream input, string location, bool gzip, long maxBytes, CancellationToken cancellationToken)
    {
        using var source = new JsonLinesSource(input, location, gzip, maxBytes);
        while (source.TryNext(out var item))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return item;
        }
    }

    public bool TryNext(out RawItem item)
    {
        while (!done)
        {
            if (!TryReadLine(out var read, out item))
            {
                done = true;
                return true;
            }
            if (read.Status == LineStatus.End)
            {
                done = true;
                return EndOfInput(out item);
            }
            if (!read.Terminated && IsTruncated())
            {
                done = true;
                item = RawItem.Failed(location, Truncated());
                return true;
            }
            lineNumber++;
            var at = location + "#" + lineNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (read.Status == LineStatus.TooLong)
            {
                sawContent = true;
                item = RawItem.Failed(at, $"line is over the {SizeText.Of(maxBytes)} article size limit");
                return true;
            }
            if (read.Bytes.Span.Trim(" \t\r"u8).IsEmpty)
            {
                continue;
            }
            sawContent = true;
            item = Parse(read.Bytes, at);
            return true;
        }
        item = default;
        return false;
    }

    public void Dispose() => stream.Dispose();

    private bool TryReadLine(out LineRead read, out RawItem problem)
    {
        try
        {
            read = reader.Next();
            problem = default;
            return true;
        }
        catch (InvalidDataException)
        {
            read = default;
            problem = RawItem.Failed(location, lineNumber == 0 ? "not a gzip file, or corrupt gzip" : $"corrupt gzip after line {lineNumber}");
            return false;
        }
        catch (IOException exception)
        {
            read = default;
            problem = RawItem.Failed(location, "read error: " + exception.Message);
            return false;
        }
    }

    private bool EndOfInput(out RawItem item)
    {
        if (IsTruncated() && (sawContent || reader.Consumed > 0))
        {
            item = RawItem.Failed(location, Truncated());
            return true;
        }
        if (!sawContent)
        {
            item = RawItem.Failed(location, "empty file");
            return true;
        }
        item = default;
        return false;
    }

    private bool IsTruncated() => trailer is not null && !trailer.TrailerMatches(reader.Consumed);

    private string Truncated() => $"truncated gzip after line {lineNumber}";

    private static RawItem Parse(ReadOnlyMemory<byte> line, string at)
    {
        if (!System.Text.Unicode.Utf8.IsValid(line.Span))
        {
            return RawItem.Failed(at, "not valid UTF-8");
        }
        try
        {
            using var document = JsonDocument.Parse(line);
            return JsonFields.ToRaw(document.RootElement, at);
        }
        catch (JsonException exception)
        {
            return RawItem.Failed(at, JsonErrors.Describe(exception));
        }
    }
}
