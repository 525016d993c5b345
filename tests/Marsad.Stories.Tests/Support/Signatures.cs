using Marsad.Core.Digests;
using Marsad.Text.Words;

namespace Marsad.Stories.Tests.Support;

/// <summary>A body's MinHash signature as the digest reads it: its normalised words hashed, then signed.</summary>
internal static class Signatures
{
    public static uint[] Of(string? text) => MinHashSignature.OfWords(NormalizedWords.Hashes(text));
}
