namespace Marsad.Ingest.Reading;

/// <summary>
/// Passes a gzip file through while remembering its last eight bytes. .NET's GZipStream ends a
/// truncated file silently, as if it were complete; the gzip trailer's ISIZE (the uncompressed
/// length mod 2^32) is how a reader can tell. A file of several gzip members, whose trailer counts
/// only the last member, is reported as truncated too: such files are rare among corpora.
/// </summary>
internal sealed class GzipTrailerStream(Stream inner) : ForwardReadStream
{
    private readonly byte[] tail = new byte[8];
    private int tailLength;

    /// <summary>Whether the data read so far ends with a trailer matching <paramref name="uncompressedLength"/>.</summary>
    public bool TrailerMatches(long uncompressedLength)
    {
        if (tailLength < 8)
        {
            return false;
        }
        var size = BitConverter.ToUInt32(tail, 4);
        return size == (uint)(uncompressedLength & 0xFFFFFFFF);
    }

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        Remember(buffer[..read]);
        return read;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }
        base.Dispose(disposing);
    }

    private void Remember(ReadOnlySpan<byte> read)
    {
        if (read.Length >= 8)
        {
            read[^8..].CopyTo(tail);
            tailLength = 8;
            return;
        }
        var keep = Math.Min(tailLength, 8 - read.Length);
        Array.Copy(tail, tailLength - keep, tail, 0, keep);
        read.CopyTo(tail.AsSpan(keep));
        tailLength = keep + read.Length;
    }
}
