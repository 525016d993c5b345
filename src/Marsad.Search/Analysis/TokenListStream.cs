using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Token = Marsad.Text.Tokenization.Token;

namespace Marsad.Search.Analysis;

/// <summary>
/// Terms of an already tokenised text: indexing tokenises an article once and feeds the same
/// tokens to its exact and stem fields. Reusable: <see cref="SetTokens"/> before each document.
/// </summary>
internal sealed class TokenListStream : TokenStream
{
    private static readonly Func<int, int> Unchanged = static offset => offset;
    private readonly TermEmitter _emitter;
    private readonly IOffsetAttribute _offset;
    private IReadOnlyList<Token> _tokens = [];
    private int _length;

    public TokenListStream(FieldForm form)
    {
        _offset = AddAttribute<IOffsetAttribute>();
        _emitter = new TermEmitter(AddAttribute<ICharTermAttribute>(), _offset, AddAttribute<IPositionIncrementAttribute>(), form);
    }

    public void SetTokens(IReadOnlyList<Token> tokens, int textLength)
    {
        _tokens = tokens;
        _length = textLength;
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        return _emitter.Next(Unchanged);
    }

    public override void Reset()
    {
        base.Reset();
        _emitter.Reset(_tokens);
    }

    public override void End()
    {
        base.End();
        _offset.SetOffset(_length, _length);
    }
}
