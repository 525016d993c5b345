using Marsad.Core.Analysis;
using Marsad.Core.Stories;
using Marsad.Stories.Resolution;
using Marsad.Text.Tokenization;
using Marsad.Text.Lexicons;
using Marsad.Text.Words;

namespace Marsad.Stories.Claims;

/// <summary>
/// The actors one sentence holds responsible for an attack (<see cref="AttributionLexicon"/>): the
/// actor a responsibility cue places (تبنى، اتهم … بتنفيذ، حمّل … مسؤولية، نُسب إلى، أعلن
/// مسؤوليته، المسؤول عن، يقف وراء), when the cue stands near an attack word and is not denied
/// (نفى مسؤوليته، لم تتبن). The actor is the tagger's mention where it found one; the tagger often
/// misses armed groups (تنظيم داعش), so otherwise the words where the actor belongs are read as its
/// name, bounded by prepositions and reporting verbs, and looked up in the alias table. Places are
/// no culprits but for an accusation between states (اتهمت دمشق إسرائيل). Best-effort: a cue with
/// no readable name gives nothing.
/// </summary>
internal static class AttributionReader
{
    public static List<Attribution> Read(StoryDocument doc, int start, int end, AliasTable aliases)
    {
        var found = new List<Attribution>();
        string text = doc.Article.Text;
        if (start < 0 || end > text.Length || start >= end)
        {
            return found;
        }

        var tokens = new List<Token>();
        ArabicTokenizer.Default.Tokenize(text.AsSpan(start, end - start), tokens);
        var mentions = doc.Digest.Mentions
            .Where(m => m.Start >= start && m.End <= end && m.Entity >= 0 && m.Entity < doc.Digest.Entities.Count)
            .OrderBy(m => m.Start)
            .ToList();
        var culprits = mentions.Where(m => doc.Digest.Entities[m.Entity].Type != EntityType.Location).ToList();
        var sentence = new AttributionSentence(text, start, tokens, aliases);
        for (int i = 0; i < tokens.Count; i++)
        {
            if (!WordForms.TryGet(AttributionLexicon.Cues, tokens[i], out AttributionCue cue) || !NearAttack(tokens, i) || Denied(tokens, i)
                || (IsResponsibleAdjective(tokens[i]) && !(i + 1 < tokens.Count && Is(tokens[i + 1], "عن")))
                || (cue == AttributionCue.Before && InAccusation(tokens, i)))
            {
                continue;
            }

            Attribution? actor = cue switch
            {
                AttributionCue.After => sentence.After(culprits, i, doc),
                AttributionCue.Accused => sentence.Accused(mentions, i, doc),
                AttributionCue.AttributedTo => ToWord(tokens, i) is int to ? sentence.After(culprits, to, doc) : null,
                _ => sentence.Before(culprits, i, doc),
            };
            if (actor is not null && !found.Exists(f => f.Name == actor.Name))
            {
                found.Add(actor with { SentenceStart = start, SentenceEnd = end });
            }
        }

        return found;
    }

    /// <summary>The token إلى after the cue, within the window.</summary>
    private static int? ToWord(List<Token> tokens, int cue)
    {
        string to = TopicWords.Fold("إلى");
        for (int j = cue + 1; j < tokens.Count && j <= cue + AttributionLexicon.Window; j++)
        {
            if (string.Equals(TopicWords.Fold(tokens[j].Normalized), to, StringComparison.Ordinal))
            {
                return j;
            }
        }

        return null;
    }

    /// <summary>المسؤول/المسؤولة is "the one responsible" only before عن (المسؤول عن الهجوم); elsewhere it is "the official".</summary>
    private static bool IsResponsibleAdjective(in Token token) => TopicWords.Fold(token.Base).Contains(TopicWords.Fold("مسؤول"), StringComparison.Ordinal)
        && !TopicWords.Fold(token.Normalized).Contains(TopicWords.Fold("مسؤولي"), StringComparison.Ordinal);

    /// <summary>
    /// Whether the cue ends an accusation already read (اتهمت بريطانيا روسيا بالمسؤولية، حمّلت ماي روسيا
    /// مسؤولية): read again on its own, the name before it would be the accuser's.
    /// </summary>
    private static bool InAccusation(List<Token> tokens, int cue)
    {
        for (int j = cue - 1; j >= 0 && j >= cue - AttributionLexicon.Window - 2; j--)
        {
            if (WordForms.TryGet(AttributionLexicon.Cues, tokens[j], out AttributionCue other) && other == AttributionCue.Accused)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Is(in Token token, string word) => string.Equals(TopicWords.Fold(token.Normalized), TopicWords.Fold(word), StringComparison.Ordinal);

    private static bool NearAttack(List<Token> tokens, int cue)
    {
        for (int j = Math.Max(0, cue - AttributionLexicon.AttackWindow); j < tokens.Count && j <= cue + AttributionLexicon.AttackWindow; j++)
        {
            if (j != cue && WordForms.TryGet(AttributionLexicon.AttackWords, tokens[j], out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a negation stands a few words before the cue, within its clause (punctuation ends the look back).</summary>
    private static bool Denied(List<Token> tokens, int cue)
    {
        for (int j = cue - 1; j >= 0 && j >= cue - AttributionLexicon.Window; j--)
        {
            if (tokens[j].Kind == TokenKind.Punctuation)
            {
                return false;
            }

            if (TopicWords.IsOneOf(TopicWords.Fold(tokens[j].Normalized), AttributionLexicon.Negations))
            {
                return true;
            }
        }

        return false;
    }
}
