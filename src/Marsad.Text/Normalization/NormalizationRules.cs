namespace Marsad.Text.Normalization;

/// <summary>
/// The normalisation rules, one member each with the reason it exists. They are evaluated once
/// per character value when a <see cref="FoldTable"/> is built, never in the hot loop, so they are
/// written for clarity rather than speed.
/// </summary>
internal static class NormalizationRules
{
    public const char Alef = '\u0627';
    public const char AlefMadda = '\u0622';
    public const char AlefHamzaAbove = '\u0623';
    public const char AlefHamzaBelow = '\u0625';
    public const char AlefWasla = '\u0671';
    public const char AlefWavyHamzaAbove = '\u0672';
    public const char AlefWavyHamzaBelow = '\u0673';
    public const char HighHamzaAlef = '\u0675';
    public const char AlefMaksura = '\u0649';
    public const char Yeh = '\u064A';
    public const char FarsiYeh = '\u06CC';
    public const char Kaf = '\u0643';
    public const char Keheh = '\u06A9';
    public const char SwashKaf = '\u06AA';
    public const char Heh = '\u0647';
    public const char HehDoachashmee = '\u06BE';
    public const char HehGoal = '\u06C1';
    public const char Ae = '\u06D5';
    public const char TehMarbuta = '\u0629';
    public const char WawHamza = '\u0624';
    public const char YehHamza = '\u0626';
    public const char Waw = '\u0648';
    public const char Tatweel = '\u0640';
    public const char SuperscriptAlef = '\u0670';
    public const char CombiningHamzaAbove = '\u0654';
    public const char CombiningHamzaBelow = '\u0655';
    public const char ArabicComma = '\u060C';
    public const char ArabicSemicolon = '\u061B';
    public const char ArabicQuestionMark = '\u061F';
    public const char ArabicFullStop = '\u06D4';
    public const char ArabicDecimalSeparator = '\u066B';
    public const char ArabicThousandsSeparator = '\u066C';
    public const char ArabicPercentSign = '\u066A';
    public const char ArabicLetterMark = '\u061C';
    public const char SoftHyphen = '\u00AD';
    public const char ByteOrderMark = '\uFEFF';

    /// <summary>
    /// Harakat (tanween, fatha, damma, kasra, shadda, sukun, combining hamza and the rarer vowel
    /// signs U+064B–U+065F) and the superscript (dagger) alef: optional in news copy, so the same word
    /// appears with and without them and only matches once they are gone.
    /// </summary>
    public static bool IsHaraka(char c) => c is >= '\u064B' and <= '\u065F' or SuperscriptAlef;

    /// <summary>
    /// Quranic annotation marks (small high letters, stop signs, U+06D6–U+06ED and the extended
    /// marks U+08D3–U+08FF): quoted verses carry them, and like harakat they only decorate a word.
    /// </summary>
    public static bool IsQuranicMark(char c) =>
        c is >= '\u06D6' and <= '\u06DC'
          or >= '\u06DF' and <= '\u06E4'
          or '\u06E7' or '\u06E8'
          or >= '\u06EA' and <= '\u06ED'
          or >= '\u08D3' and <= '\u08E1'
          or >= '\u08E3' and <= '\u08FF';

    /// <summary>
    /// Tatweel (kashida) only stretches a word for layout ("الــعــراق"); it carries no meaning.
    /// </summary>
    public static bool IsTatweel(char c) => c == Tatweel;

    /// <summary>
    /// A removed character that belongs to the letter before it (harakat, Quranic marks, tatweel);
    /// a token's original span extends over these but not over removed invisible marks.
    /// </summary>
    public static bool IsAttachedMark(char c) => IsHaraka(c) || IsQuranicMark(c) || IsTatweel(c);

    /// <summary>
    /// Bidirectional controls (LRM, RLM, ALM, embeddings, overrides, isolates): CMSs sprinkle them
    /// around numbers and Latin names in Arabic copy; they are invisible and split words for no reason.
    /// </summary>
    public static bool IsBidiControl(char c) =>
        c is '\u200E' or '\u200F' or ArabicLetterMark
          or >= '\u202A' and <= '\u202E'
          or >= '\u2066' and <= '\u2069';

    /// <summary>
    /// Zero-width space, non-joiner, joiner, word joiner, BOM and the soft hyphen: invisible, pasted
    /// in from Word and Persian keyboards, and they break exact matching inside a word.
    /// </summary>
    public static bool IsInvisible(char c) =>
        c is >= '\u200B' and <= '\u200D' or '\u2060' or ByteOrderMark or SoftHyphen;

    /// <summary>
    /// Alef with hamza above or below, with madda, wasla and the wavy/high hamza forms → bare alef:
    /// hamza on alef is written or dropped at the writer's whim (أحمد/احمد, إسرائيل/اسرائيل).
    /// </summary>
    public static bool IsAlefVariant(char c) =>
        c is AlefMadda or AlefHamzaAbove or AlefHamzaBelow or AlefWasla
          or AlefWavyHamzaAbove or AlefWavyHamzaBelow or HighHamzaAlef;

    /// <summary>
    /// Persian/Urdu keyboard letters that stand for Arabic ones (ی → ي, ک → ك, ھ ہ ە → ه): text typed on
    /// those keyboards looks right but never matches otherwise.
    /// </summary>
    public static char FoldPersianLetter(char c) => c switch
    {
        FarsiYeh or '\u06CD' or '\u06D0' => Yeh,
        Keheh or SwashKaf => Kaf,
        HehDoachashmee or HehGoal or Ae or '\u06C0' => Heh,
        _ => c,
    };

    /// <summary>
    /// Arabic-Indic (٠–٩) and Eastern Arabic-Indic (۰–۹) digits → ASCII: the same number is printed
    /// in either script depending on the outlet, and numbers must match and parse.
    /// </summary>
    public static char FoldDigit(char c) => c switch
    {
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
        _ => c,
    };

    /// <summary>
    /// Arabic decimal (٫) and thousands (٬) separators and percent sign (٪) → '.', ',' and '%', so that
    /// numbers written in Arabic digits read like ASCII ones.
    /// </summary>
    public static char FoldNumberPunctuation(char c) => c switch
    {
        ArabicDecimalSeparator => '.',
        ArabicThousandsSeparator => ',',
        ArabicPercentSign => '%',
        _ => c,
    };

    /// <summary>
    /// Arabic comma, semicolon, question mark and the Urdu full stop → their ASCII forms: one
    /// punctuation alphabet for the tokenizer and sentence splitter.
    /// </summary>
    public static char FoldArabicPunctuation(char c) => c switch
    {
        ArabicComma => ',',
        ArabicSemicolon => ';',
        ArabicQuestionMark => '?',
        ArabicFullStop => '.',
        _ => c,
    };

    /// <summary>
    /// No-break, thin, figure, ideographic and the other Unicode spaces → ' ' (line and paragraph
    /// separators → '\n'): they separate words exactly like a space.
    /// </summary>
    public static char FoldSpace(char c) => c switch
    {
        '\u00A0' or '\u1680' or >= '\u2000' and <= '\u200A' or '\u202F' or '\u205F' or '\u3000' => ' ',
        '\u2028' or '\u2029' => '\n',
        _ => c,
    };

    /// <summary>
    /// The many double quotes (“ ” „ ‟ « » ″ 〝 〞 ＂) → '"' and single quotes (‘ ’ ‚ ‛ ‹ › ′) → '\'':
    /// outlets differ only in typography, and quotation detection needs one mark to look for.
    /// </summary>
    public static char FoldQuote(char c) => c switch
    {
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u2033' or '\u301D' or '\u301E' or '\uFF02' => '"',
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2039' or '\u203A' or '\u2032' => '\'',
        _ => c,
    };

    /// <summary>
    /// Hyphens and dashes (‐ ‑ ‒ – — ― −) → '-': the dash a writer picked carries no meaning for matching.
    /// </summary>
    public static char FoldDash(char c) => c is >= '\u2010' and <= '\u2015' or '\u2212' ? '-' : c;

    /// <summary>
    /// Full-width ASCII (U+FF01–U+FF5E) → ASCII: it turns up in text pasted from East Asian sources.
    /// </summary>
    public static char FoldFullWidth(char c) => c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;

    /// <summary>
    /// Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFC) are positional glyphs from old PDFs
    /// and legacy encodings; compatibility decomposition (NFKC) turns them back into letters (ﻻ → لا).
    /// </summary>
    public static bool IsPresentationForm(char c) => c is >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFC';
}
