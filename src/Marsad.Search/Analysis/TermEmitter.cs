using Lucene.Net.Analysis.TokenAttributes;
using Marsad.Text.Tokenization;

namespace Marsad.Search.Analysis;

/// <summary>
/// Turns our tokens into Lucene terms for one <see cref="FieldForm"/>, with offsets into the
/// original text. Shared by the Lucene tokenizer (queries, any text) and the pre-tokenised
/// streams indexing uses, so both emit the very same terms.
/// </summary>
internal sealed class TermEmitter(
    ICharTermAttribute term,
    IOffsetAttribute offset,
    IPositionIncrementAttribute position,
    FieldForm form)
{
    private IReadOnlyList<Token> _tokens = [];
    private int _next;
    private bool _basePending;

    public void Reset(IReadOnlyList<Token> tokens)
    {
        _tokens = tokens;
        _next = 0;
        _basePending = false;
    }

    /// <summary>Sets the attributes to the next term; false when there is none. The caller clears attributes first.</summary>
    public bool Next(Func<int, int> correctOffset)
    {
        if (_basePending)
        {
            // The base shares the surface word's position, so "والسوداني" also stands as
            // "سوداني" and a phrase over bases matches whatever clitics the words carry.
            _basePending = false;
            var word = _tokens[_next - 1];
            Set(word.Base, word, 0, correctOffset);
            return true;
        }
        while (_next < _tokens.Count)
        {
            var token = _tokens[_next++];
            if (!SearchAnalysis.IsIndexed(token))
            {
                continue;
            }
            if (form == FieldForm.Stem)
            {
                Set(SearchAnalysis.Stem(token), token, 1, correctOffset);
                return true;
            }
            Set(token.Normalized, token, 1, correctOffset);
            _basePending = token.ProcliticLength > 0 && token.Base.Length > 0;
            return true;
        }
        return false;
    }

    private void Set(string value, in Token token, int increment, Func<int, int> correctOffset)
    {
        term.SetEmpty().Append(value);
        offset.SetOffset(correctOffset(token.Start), correctOffset(token.End));
        position.PositionIncrement = increment;
    }
}
