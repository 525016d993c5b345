namespace Marsad.Core.Analysis;

/// <summary>
/// Whether one name can be a shorter way of saying another: the one rule the article-level linker
/// and the collection resolver share, so an actor shortened inside one article is shortened the
/// same way across articles. Names come as <c>NameKey.Words</c> gives them (folded words, ال off).
/// A person is shortened by a given or family name, an organisation by the start of its name, a
/// place never; a lone particle (أبو، بن، عبد) shortens nothing.
/// </summary>
public static class NameShortening
{
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "ابو", "ام", "بن", "ابن", "بنت", "عبد", "ال", "بو", "ولد", "اب",
    };

    /// <summary>Whether a folded word is a name particle (أبو، بن، عبد …): part of a name, never one alone.</summary>
    public static bool IsParticle(string word) => Particles.Contains(word);

    public static bool Shortens(string[] shortForm, string[] full, EntityType type)
    {
        ArgumentNullException.ThrowIfNull(shortForm);
        ArgumentNullException.ThrowIfNull(full);
        if (shortForm.Length > full.Length)
        {
            return false;
        }
        if (shortForm.Length == full.Length)
        {
            return shortForm.AsSpan().SequenceEqual(full);
        }
        if (shortForm.Length == 1 && Particles.Contains(shortForm[0]))
        {
            return false;
        }
        bool isStart = full.AsSpan(0, shortForm.Length).SequenceEqual(shortForm);
        bool isEnd = full.AsSpan(full.Length - shortForm.Length).SequenceEqual(shortForm);
        return type switch
        {
            EntityType.Person => isStart || isEnd,
            EntityType.Organization => isStart,
            _ => false,
        };
    }
}
