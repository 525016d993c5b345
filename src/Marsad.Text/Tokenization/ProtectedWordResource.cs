namespace Marsad.Text.Tokenization;

/// <summary>The corpus-derived protected words shipped in Resources/protected-words.txt.</summary>
internal static class ProtectedWordResource
{
    private const string Name = "Marsad.Text.ProtectedWords.txt";

    /// <summary>The words, read once; comments and blank lines dropped.</summary>
    public static IReadOnlyList<string> Words { get; } = Load();

    private static string[] Load()
    {
        using Stream stream = typeof(ProtectedWordResource).Assembly.GetManifestResourceStream(Name)
            ?? throw new InvalidOperationException($"The resource {Name} is missing from Marsad.Text.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            string word = line.Trim();
            if (word.Length > 0 && !word.StartsWith('#'))
            {
                words.Add(word);
            }
        }

        return [.. words];
    }
}
