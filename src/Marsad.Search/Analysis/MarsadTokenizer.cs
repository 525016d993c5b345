using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Marsad.Text.Tokenization;
using Token = Marsad.Text.Tokenization.Token;

namespace Marsad.Search.Analysis;

/// <summary>
/// A Lucene tokenizer that runs our <see cref="ArabicTokenizer"/>: terms are our normalised
/// forms and offsets point at the original characters, diacritics and tatweel included.
/// </summary>
internal sealed class MarsadTokenizer : Tokenizer
{
    private readonly TermEmitter _emitter;
    private readonly IOffsetAttribute _offset;
    private readonly List<Token> _tokens = [];
    private readonly Func<int, int> _correct;
    private int _length;

    public MarsadTokenizer(TextReader input, FieldForm form)
        : base(input)
    {
        _offset = AddAttribute<IOffsetAttribute>();
        _emitter = new TermEmitter(AddAttribute<ICharTermAttribute>(), _offset, AddAttribute<IPositionIncrementAttribute>(), form);
        _correct = CorrectOffset;
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        return _emitter.Next(_correct);
    }

    public override void Reset()
    {
        base.Reset();
        // Our tokenizer works on whole texts (it needs context for clitics); articles are small.
        var text = m_input.ReadToEnd();
        _length = text.Length;
        _tokens.Clear();
        SearchAnalysis.Tokenizer.Tokenize(text, _tokens);
        _emitter.Reset(_tokens);
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(_length);
        _offset.SetOffset(final, final);
    }
}
