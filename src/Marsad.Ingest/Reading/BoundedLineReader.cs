namespace Marsad.Ingest.Reading;

/// <summary>
/// Reads '\n'-separated lines of bytes, holding at most the size limit in memory: a 1 GB line is
/// skipped and reported as too long instead of being read whole. A '\r' before the '\n' is dropped.
/// </summary>
internal sealed class BoundedLineReader
{
    private const int InitialBuffer = 64 * 1024;

    private readonly Stream stream;
    private readonly int maxLineBytes;
    private byte[] buffer;
    private int start;
    private int end;
    private bool atEnd;

    public BoundedLineReader(Stream stream, long maxLineBytes)
    {
        this.stream = stream;
        this.maxLineBytes = (int)Math.Min(maxLineBytes, Array.MaxLength - 1);
        buffer = new byte[Math.Min(InitialBuffer, this.maxLineBytes + 1)];
    }

    /// <summary>Bytes of content handed out or skipped so far, newlines included.</summary>
    public long Consumed { get; private set; }

    public LineRead Next()
    {
        var scanned = 0;
        while (true)
        {
            var newline = buffer.AsSpan(start + scanned, end - start - scanned).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var lineEnd = start + scanned + newline;
                return Take(lineEnd, lineEnd + 1, terminated: true);
            }
            scanned = end - start;
            if (scanned > maxLineBytes)
            {
                return SkipLongLine();
            }
            if (atEnd)
            {
                return scanned > 0 ? Take(end, end, terminated: false) : new LineRead(LineStatus.End, default, 0, false);
            }
            Fill();
        }
    }

    private LineRead Take(int lineEnd, int next, bool terminated)
    {
        var length = lineEnd - start;
        if (length > maxLineBytes)
        {
            Consumed += next - start;
            var skipped = next - start;
            start = next;
            return new LineRead(LineStatus.TooLong, default, skipped, terminated);
        }
        var content = lineEnd > start && buffer[lineEnd - 1] == (byte)'\r' ? lineEnd - 1 : lineEnd;
        var line = new ReadOnlyMemory<byte>(buffer, start, content - start);
        Consumed += next - start;
        start = next;
        return new LineRead(LineStatus.Line, line, length, terminated);
    }

    private LineRead SkipLongLine()
    {
        long skipped = end - start;
        start = end = 0;
        while (true)
        {
            var read = stream.Read(buffer, 0, buffer.Length);
            if (read == 0)
            {
                atEnd = true;
                Consumed += skipped;
                return new LineRead(LineStatus.TooLong, default, skipped, false);
            }
            var newline = buffer.AsSpan(0, read).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                skipped += newline + 1;
                Consumed += skipped;
                start = newline + 1;
                end = read;
                return new LineRead(LineStatus.TooLong, default, skipped, true);
            }
            skipped += read;
        }
    }

    /// <summary>Moves the partial line to the front, grows the buffer up to the limit, reads more.</summary>
    private void Fill()
    {
        if (start > 0)
        {
            Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }
        if (end == buffer.Length)
        {
            var size = (int)Math.Min((long)buffer.Length * 2, maxLineBytes + 1L);
            if (size <= buffer.Length)
            {
                size = buffer.Length + 1;
            }
            Array.Resize(ref buffer, size);
        }
        var read = stream.Read(buffer, end, buffer.Length - end);
        if (read == 0)
        {
            atEnd = true;
        }
        end += read;
    }
}
