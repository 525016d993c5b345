using Marsad.Core.Digests;

namespace Marsad.Stories.Claims;

/// <summary>
/// The values a stated count allows, as the article's digest read them (<see cref="CountDigest"/>:
/// loosely given, at least, at most). Two counts agree when their ranges meet, so "أكثر من 5000"
/// and "5200" are one figure, not a conflict.
/// </summary>
internal readonly record struct ValueRange(double Low, double High)
{
    public static ValueRange Of(CountDigest count) => new(count.Low, count.High ?? double.PositiveInfinity);

    public bool Meets(ValueRange other) => Low <= other.High && other.Low <= High;
}
