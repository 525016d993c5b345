using Marsad.Core.Analysis;
using Marsad.Extraction.Quotes;
using Marsad.Text.Normalization;
using Marsad.Text.Tokenization;

namespace Marsad.Extraction.Entities.Recognition;

/// <summary>
/// The last word of a name the tagger cut off: "قال الباحث ميثم محمد صاحب، إن …" tagged as ميثم
/// محمد, while the article goes on to quote him by that word alone ("ولفت صاحب إلى أن …"). News
/// names a person in full once and then by the family name, so a word right after a person's
/// mention that the article later uses alone as the subject of a reporting verb (the verb, the
/// word, then إن/أن/إلى or a colon) is that person's family name: the mention takes it, and each
/// such later use becomes a mention of its own, for the linker to join. A word with a pronoun on it
/// (نظيره, "his counterpart"), a title or a body's head word (المتحدثة, الحركة) is no name. Pure:
/// mentions in, mentions out, by start.
/// </summary>
internal static class Surnames
{
    private const double Confidence = 0.6;

    public static List<EntityMention> Extend(string text, IReadOnlyList<Token> tokens, List<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(mentions);
        Dictionary<string, List<int>>? spoken = null;
        bool changed = false;
        int t = 0;
        for (int m = 0; m < mentions.Count; m++)
        {
            EntityMention person = mentions[m];
            if (person.Type != EntityType.Person)
            {
                continue;
            }

            while (t < tokens.Count && tokens[t].Start < person.End)
            {
                t++;
            }

            if (t >= tokens.Count || !MayBeName(tokens[t]) || !text.AsSpan(person.End, tokens[t].Start - person.End).IsWhiteSpace()
                || (m + 1 < mentions.Count && mentions[m + 1].Start < tokens[t].End))
            {
                continue;
            }

            // Where each word stands alone as a reporting verb's subject, read once per article.
            spoken ??= SpokenSubjects(tokens);
            if (!spoken.TryGetValue(tokens[t].Normalized, out List<int>? uses) || uses.All(j => j <= t + 1))
            {
                continue;
            }

            mentions[m] = person with { End = tokens[t].End, Text = text[person.Start..tokens[t].End] };
            foreach (int j in uses.Where(j => j > t + 1))
            {
                if (!mentions.Any(other => other.Start < tokens[j].End && tokens[j].Start < other.End))
                {
                    mentions.Add(new EntityMention(tokens[j].Start, tokens[j].End, text[tokens[j].Start..tokens[j].End], EntityType.Person, Confidence));
                }
            }

            changed = true;
        }

        if (changed)
        {
            mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        return mentions;
    }

    /// <summary>Each word that stands alone right after a reporting verb and before إن/أن/إلى or a colon, with where.</summary>
    private static Dictionary<string, List<int>> SpokenSubjects(IReadOnlyList<Token> tokens)
    {
        var spoken = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int j = 1; j + 1 < tokens.Count; j++)
        {
            // The verb test first: a dictionary lookup, and reporting verbs are rare.
            if (tokens[j].Kind == TokenKind.ArabicWord && IsReportingVerb(tokens[j - 1]) && OpensReport(tokens[j + 1]))
            {
                if (!spoken.TryGetValue(tokens[j].Normalized, out List<int>? at))
                {
                    spoken[tokens[j].Normalized] = at = [];
                }

                at.Add(j);
            }
        }

        return spoken;
    }

    /// <summary>
    /// A bare Arabic word of three letters or more, with no pronoun suffix and no clitic, that is no
    /// reporting word, preposition or إن/أن, nor a title or the head of a body or place
    /// (<see cref="CueLexicon"/>: المتحدثة, الحركة).
    /// </summary>
    private static bool MayBeName(Token token) =>
        token.Kind == TokenKind.ArabicWord && token.ProcliticLength == 0 && token.Normalized.Length >= 3
        && !token.Normalized.EndsWith('\u0647') && !token.Normalized.EndsWith("\u0647\u0627", StringComparison.Ordinal)
        && !token.Normalized.EndsWith("\u0647\u0645", StringComparison.Ordinal)
        && Quotes.CueLexicon.TryGet(token.Normalized, out _) < 0
        && !ClauseWords.IsAdjunctWord(token.Normalized) && !OpensReport(token)
        && !IsCueWord(Clusters.WordForms.Of(token.Normalized).Base);

    /// <summary>A title or head word, in the masculine or the feminine (المتحدثة as المتحدث).</summary>
    private static bool IsCueWord(string folderBase) =>
        CueLexicon.Of(folderBase) != 0 || (folderBase.Length > 3 && folderBase[^1] is '\u0629' or '\u0647' && CueLexicon.Of(folderBase[..^1]) != 0);

    private static bool IsReportingVerb(Token token) =>
        token.Kind == TokenKind.ArabicWord && Quotes.CueLexicon.TryGet(token.Normalized, out CueWord? cue) >= 0 && cue!.Kind == CueKind.Verb;

    /// <summary>إن، أن، إلى or a colon: the subject ends there.</summary>
    private static bool OpensReport(Token token) =>
        ClauseWords.IsComplementizer(token.Normalized) || To.Contains(token.Normalized)
        || (token.Kind == TokenKind.Punctuation && token.Normalized == ":");

    /// <summary>إلى as tokens normalise it, with its hamza and without.</summary>
    private static readonly HashSet<string> To = new(
        new[] { "\u0625\u0644\u0649", "\u0627\u0644\u0649" }.Select(w => ArabicNormalizer.Default.NormalizeTerm(w)),
        StringComparer.Ordinal);
}
