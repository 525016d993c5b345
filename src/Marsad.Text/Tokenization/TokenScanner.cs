using Marsad.Text.Normalization;

namespace Marsad.Text.Tokenization;

/// <summary>Cuts tokens from one normalised text; lives for one call.</summary>
internal readonly ref struct TokenScanner
{
    private readonly ReadOnlySpan<char> _original;
    private readonly ReadOnlySpan<char> _text;
    private readonly ReadOnlySpan<int> _map;
    private readonly ProcliticSplitter? _splitter;

    /// <param name="original">The text as given.</param>
    /// <param name="text">Its normalised copy.</param>
    /// <param name="map">Original index per copy character, plus the original length at the end.</param>
    /// <param name="splitter">Splits proclitics off Arabic words; null leaves every word whole.</param>
    public TokenScanner(ReadOnlySpan<char> original, ReadOnlySpan<char> text, ReadOnlySpan<int> map, ProcliticSplitter? splitter)
    {
        _original = original;
        _text = text;
        _map = map;
        _splitter = splitter;
    }

    public void Scan<TSink>(ref TSink sink)
        where TSink : ITokenSink, allows ref struct
    {
        ReadOnlySpan<char> text = _text;
        ReadOnlySpan<CharClass> classes = CharClasses.All;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            CharClass cls = classes[c];
            int end = i + 1;
            switch (cls)
            {
                case CharClass.Space:
                case CharClass.Mark:
                    break;
                case CharClass.ArabicLetter:
                    while (end < text.Length && classes[text[end]] is CharClass.ArabicLetter or CharClass.Mark)
                    {
                        end++;
                    }

                    int clitics = _splitter is not null && ProcliticSplitter.MayStartClitic(c)
                        ? _splitter.Split(text[i..end], new WordOrigin(_original, _map[i..(end + 1)]))
                        : 0;
                    Emit(ref sink, i, end, TokenKind.ArabicWord, clitics);
                    break;
                case CharClass.Letter:
                    end = EndOfWord(end);
                    Emit(ref sink, i, end, TokenKind.LatinWord, 0);
                    break;
                case CharClass.Digit:
                    end = EndOfNumber(end);
                    Emit(ref sink, i, end, TokenKind.Number, 0);
                    break;
                case CharClass.Punctuation:
                    Emit(ref sink, i, end, TokenKind.Punctuation, 0);
                    break;
                default:
                    if (char.IsHighSurrogate(c) && end < text.Length && char.IsLowSurrogate(text[end]))
                    {
                        end++;
                    }

                    Emit(ref sink, i, end, TokenKind.Symbol, 0);
                    break;
            }

            i = end;
        }
    }

    /// <summary>Letters, marks and digits ("G20", "mp3"), and an apostrophe between letters ("o'neill").</summary>
    private int EndOfWord(int j)
    {
        while (j < _text.Length)
        {
            CharClass cls = CharClasses.Of(_text[j]);
            if (cls is CharClass.Letter or CharClass.Mark or CharClass.Digit)
            {
                j++;
            }
            else if (_text[j] == '\'' && j + 1 < _text.Length && CharClasses.Of(_text[j + 1]) == CharClass.Letter)
            {
                j += 2;
            }
            else
            {
                break;
            }
        }

        return j;
    }

    /// <summary>Digits, with '.' or ',' between digits kept inside ("2,500", "3.5", "1.234.567").</summary>
    private int EndOfNumber(int j)
    {
        while (j < _text.Length)
        {
            char c = _text[j];
            if (CharClasses.Of(c) == CharClass.Digit)
            {
                j++;
            }
            else if (c is '.' or ',' && j + 1 < _text.Length && CharClasses.Of(_text[j + 1]) == CharClass.Digit)
            {
                j += 2;
            }
            else
            {
                break;
            }
        }

        return j;
    }

    private void Emit<TSink>(ref TSink sink, int start, int end, TokenKind kind, int clitics)
        where TSink : ITokenSink, allows ref struct =>
        sink.Add(_map[start], NormalizedText.OriginalEnd(_original, _map, end), _text[start..end], kind, clitics);
}
