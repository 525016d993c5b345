using System.Globalization;

namespace Marsad.Cli.Output;

/// <summary>Reads sizes as people write them: 20MB, 500KB, 1.5GB, or a plain number of bytes.</summary>
internal static class ByteSize
{
    public static long Parse(string text, string option)
    {
        var value = text.Trim().ToUpperInvariant();
        long unit = 1;
        foreach (var (suffix, factor) in new[] { ("GB", 1L << 30), ("MB", 1L << 20), ("KB", 1L << 10), ("B", 1L) })
        {
            if (value.EndsWith(suffix, StringComparison.Ordinal))
            {
                unit = factor;
                value = value[..^suffix.Length].Trim();
                break;
            }
        }
        // At least one whole byte: "0.5B" or "NaN" would otherwise become a limit of 0.
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !(number * unit >= 1) || number * unit >= long.MaxValue)
        {
            throw new UsageException($"{option} '{text}' is not a size: write e.g. 20MB, 500KB or 1048576.");
        }
        return (long)(number * unit);
    }
}
