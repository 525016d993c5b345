namespace Marsad.Text.Stemming;

/// <summary>A light stemmer (prefix and suffix stripping) over normalised Arabic words.</summary>
public static class ArabicLightStemmer
{
    /// <summary>The stem of an already normalised word; non-Arabic input comes back unchanged.</summary>
    public static string Stem(string normalizedWord) => throw new NotImplementedException();
}
