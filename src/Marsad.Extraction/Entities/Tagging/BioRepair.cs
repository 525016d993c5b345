namespace Marsad.Extraction.Entities.Tagging;

/// <summary>
/// Makes a greedy tagger's output well-formed BIO: an I-X that does not continue an X chunk
/// (after O, at the start, or after another type) opens a chunk instead, so it becomes B-X.
/// Scorers differ on how they read such a tag; repairing it gives every consumer the same chunks.
/// </summary>
internal static class BioRepair
{
    public static void Repair(string[] tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        for (int i = 0; i < tags.Length; i++)
        {
            string tag = tags[i];
            if (!tag.StartsWith("I-", StringComparison.Ordinal))
            {
                continue;
            }

            string type = tag[2..];
            bool continues = i > 0 && tags[i - 1].Length > 2 && tags[i - 1][0] != 'O'
                && tags[i - 1].AsSpan(2).SequenceEqual(type);
            if (!continues)
            {
                tags[i] = "B-" + type;
            }
        }
    }
}
