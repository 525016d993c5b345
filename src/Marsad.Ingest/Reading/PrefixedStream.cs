namespace Marsad.Ingest.Reading;

/// <summary>Bytes already read for sniffing, followed by the rest of the stream.</summary>
internal sealed class PrefixedStream(byte[] prefix, int prefixLength, Stream rest) : ForwardReadStream
{
    private int position;

    public override int Read(Span<byte> buffer)
    {
        if (position < prefixLength)
        {
            var n = Math.Min(buffer.Length, prefixLength - position);
            prefix.AsSpan(position, n).CopyTo(buffer);
            position += n;
            return n;
        }
        return rest.Read(buffer);
    }
}
