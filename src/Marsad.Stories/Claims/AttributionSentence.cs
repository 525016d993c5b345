using Marsad.Core.Analysis;
using Marsad.Core.Stories;
using Marsad.Stories.Resolution;
using Marsad.Text.Tokenization;
using Marsad.Text.Lexicons;
using Marsad.Text.Words;

namespace Marsad.Stories.Claims;

/// <summary>
/// One sentence's tokens as <see cref="AttributionReader"/> reads names from them: a mention of the
/// tagger where one stands in place, else the run of words there (<see cref="MaxNameWords"/> at
/// most, up to a preposition, a reporting verb or punctuation), named as the alias table names it,
/// and kept only when the table knows it or it opens with a group's head word (حزب، تنظيم، حركة).
/// Token offsets are relative to the sentence (<paramref name="Start"/> in the text).
/// </summary>
internal sealed record AttributionSentence(string Text, int Start, List<Token> Tokens, AliasTable Aliases)
{
    /// <summary>The most words a name read from the text may have (حزب العمال الكردستاني التركي).</summary>
    private const int MaxNameWords = 4;

    /// <summary>The actor right after token <paramref name="cue"/>: تبنى [تنظيم داعش] الهجوم، نُسب الهجوم إلى [حركة الشباب].</summary>
    public Attribution? After(List<MentionItem> mentions, int cue, StoryDocument doc)
    {
        int from = Start + Tokens[cue].End;
        int to = Start + Tokens[Math.Min(cue + AttributionLexicon.Window, Tokens.Count - 1)].End;
        if (mentions.Find(m => m.Start >= from && m.End <= to) is { } mention && FirstWordAt(cue + 1, mention.Start))
        {
            return Of(mention, doc, cue + 1);
        }

        int last = cue + 1;
        while (last < Tokens.Count && last - cue <= MaxNameWords && IsNameWord(Tokens[last]))
        {
            last++;
        }

        return Named(cue + 1, last);
    }

    /// <summary>The actor right before token <paramref name="cue"/>, past a copula: [حركة الشباب] هي المسؤولة، أعلن [تنظيم داعش] مسؤوليته.</summary>
    public Attribution? Before(List<MentionItem> mentions, int cue, StoryDocument doc)
    {
        int end = cue;
        while (end > 0 && cue - end < 2 && AttributionLexicon.Copulas.Contains(Folded(Tokens[end - 1])))
        {
            end--;
        }

        if (end == 0)
        {
            return null;
        }

        if (mentions.FindLast(m => m.End <= Start + Tokens[end - 1].End && m.End >= Start + Tokens[end - 1].Start) is { } mention)
        {
            return Of(mention, doc, 0);
        }

        int first = end;
        while (first > 0 && end - first < MaxNameWords && IsNameWord(Tokens[first - 1]))
        {
            first--;
        }

        return Named(first, end);
    }

    /// <summary>
    /// The accused of اتهم/حمّل, between the accuser after the verb and where the charge begins
    /// (بتنفيذ، مسؤولية): a name the alias table knows, else the tagger's last mention there unless it
    /// is the accuser, else the words from the last group head on (حزب، تنظيم، حركة …).
    /// </summary>
    public Attribution? Accused(List<MentionItem> mentions, int cue, StoryDocument doc)
    {
        int end = -1;
        for (int j = cue + 1; j < Tokens.Count && j <= cue + AttributionLexicon.Window + 2; j++)
        {
            if (WordForms.TryGet(AttributionLexicon.AccusationEnds, Tokens[j], out _))
            {
                end = j;
                break;
            }
        }

        if (end < cue + 2)
        {
            return null;
        }

        for (int first = cue + 1; first < end; first++)
        {
            if (end - first <= MaxNameWords && Aliases.TryFind(Phrase(first, end), out var group))
            {
                return new Attribution(group.Name, null, 0, 0);
            }
        }

        var inside = mentions.Where(m => m.Start >= Start + Tokens[cue].End && m.End <= Start + Tokens[end].Start).ToList();
        if (inside.Count > 1 || (inside.Count == 1 && !FirstWordAt(cue + 1, inside[0].Start)))
        {
            return Of(inside[^1], doc, cue + 1);
        }

        for (int head = end - 1; head > cue + 1; head--)
        {
            if (AttributionLexicon.GroupHeads.Contains(Folded(Tokens[head])))
            {
                return Named(head, end);
            }
        }

        return inside.Count == 1 && end - cue == 2 ? Of(inside[0], doc, cue + 1) : null;
    }

    /// <summary>
    /// The mention's actor. A group head just before it, from token <paramref name="from"/> on, is
    /// taken in (حركة + الشباب), since the tagger often leaves it out; the alias table then names it.
    /// </summary>
    private Attribution Of(MentionItem mention, StoryDocument doc, int from)
    {
        string name = doc.Digest.Entities[mention.Entity].Name;
        int head = Tokens.FindLastIndex(t => Start + t.End <= mention.Start);
        if (head >= from && head >= 0 && AttributionLexicon.GroupHeads.Contains(Folded(Tokens[head])))
        {
            string wider = Text[(Start + Tokens[head].Start)..mention.End];
            return Aliases.TryFind(wider, out var widened) ? new Attribution(widened.Name, null, 0, 0) : new Attribution(wider, null, 0, 0);
        }

        return new Attribution(Aliases.TryFind(name, out var group) ? group.Name : name, mention.Entity, 0, 0);
    }

    /// <summary>Tokens [first, end) as a name: the alias table's for it, or the words themselves when they name a group.</summary>
    private Attribution? Named(int first, int end)
    {
        if (end <= first || end - first > MaxNameWords)
        {
            return null;
        }

        string phrase = Phrase(first, end);
        for (int last = end; last > first; last--)
        {
            // The longest known name the words open with: تنظيم داعش الإرهابي is تنظيم داعش.
            if (Aliases.TryFind(Phrase(first, last), out var group))
            {
                return new Attribution(group.Name, null, 0, 0);
            }
        }

        // Words the tagger did not take for a name are a name only when they open as an armed group's does (حزب …، تنظيم …):
        // read freely, they are as often "مصادر" or "عائلة واحدة" as a culprit.
        return AttributionLexicon.GroupHeads.Contains(Folded(Tokens[first])) && ActorNames.Names(phrase) ? new Attribution(phrase, null, 0, 0) : null;
    }

    private string Phrase(int first, int end) => Text[(Start + Tokens[first].Start)..(Start + Tokens[end - 1].End)];

    private bool FirstWordAt(int index, int offset) => index < Tokens.Count && Start + Tokens[index].Start == offset;

    private static bool IsNameWord(in Token token) =>
        token.Kind == TokenKind.ArabicWord
        && !AttributionLexicon.NameStops.Contains(Folded(token))
        && !WordForms.TryGet(AttributionLexicon.AttackWords, token, out _)
        && !WordForms.TryGet(AttributionLexicon.Cues, token, out _)
        && !AttributionLexicon.Copulas.Contains(Folded(token));

    private static string Folded(in Token token) => TopicWords.Fold(token.Normalized);
}
