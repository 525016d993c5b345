namespace Marsad.Extraction.Entities.Recognition;

/// <summary>The BIO classes of a model and which transitions between them are well formed.</summary>
public sealed class TagSet
{
    public TagSet(IReadOnlyList<string> classes)
    {
        ArgumentNullException.ThrowIfNull(classes);
        Classes = classes;
        int c = classes.Count;
        Allowed = new bool[(c + 1) * c];
        for (int prev = 0; prev <= c; prev++)
        {
            for (int cur = 0; cur < c; cur++)
            {
                string tag = classes[cur];
                bool inside = tag.StartsWith("I-", StringComparison.Ordinal);
                bool ok = !inside || (prev < c && classes[prev].Length > 2 && classes[prev][0] != 'O'
                    && classes[prev].AsSpan(2).SequenceEqual(tag.AsSpan(2)));
                Allowed[(prev * c) + cur] = ok;
            }
        }
    }

    public IReadOnlyList<string> Classes { get; }

    public int Count => Classes.Count;

    /// <summary>[previous × Count + current]; previous == Count is the sentence start.</summary>
    public bool[] Allowed { get; }
}
