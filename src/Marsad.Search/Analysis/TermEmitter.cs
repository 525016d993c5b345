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

    public void Reset(IReadOnlyList<Token> tokens)
    {
        _tokens = tokens;
        _next = 0;
    }

    /// <summary>Sets the attributes to the next term; false when there is none. The caller clears attributes first.</summary>
    public bool Next(Func<int, int> correctOffset)
    {
        while (_next < _tokens.Count)
        {
            var token = _tokens[_next++];
            if (!SearchAnalysis.IsIndexed(token))
            {
                continue;
            }
            Set(form == FieldForm.Stem ? SearchAnalysis.Stem(token) : token.Base, token, correctOffset);
            return true;
        }
        return false;
    }

    private void Set(string value, in Token token, Func<int, int> correctOffset)
    {
        term.SetEmpty().Append(value);
        offset.SetOffset(correctOffset(token.Start), correctOffset(token.End));
        position.PositionIncrement = 1;
    }
}
