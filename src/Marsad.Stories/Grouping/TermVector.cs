namespace Marsad.Stories.Grouping;

/// <summary>A sparse, L2-normalised weight vector over hashed features, sorted by feature.</summary>
internal sealed record TermVector(ulong[] Terms, float[] Weights)
{
    public static TermVector Empty { get; } = new([], []);

    /// <summary>The dot product (the cosine, both being unit vectors) by one merge of the sorted terms.</summary>
    public double Dot(TermVector other)
    {
        ArgumentNullException.ThrowIfNull(other);
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < Terms.Length && j < other.Terms.Length)
        {
            int order = Terms[i].CompareTo(other.Terms[j]);
            if (order == 0)
            {
                sum += Weights[i++] * other.Weights[j++];
            }
            else if (order < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return sum;
    }
}
