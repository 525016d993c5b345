namespace Marsad.Extraction.Quantities;

/// <summary>The grammatical role of a number word, which decides what may follow it.</summary>
internal enum NumberWordKind
{
    /// <summary>واحد، أحد، اثنان: only inside a compound (أحد عشر، واحد وعشرون); alone they follow the noun.</summary>
    OneOrTwo,

    /// <summary>ثلاثة … عشرة (any gender or case).</summary>
    Ones,

    /// <summary>عشرون … تسعون.</summary>
    Tens,

    /// <summary>مئة، مئتان، ثلاثمئة …</summary>
    Hundreds,

    /// <summary>ألف، ألفين، مليون، مليار: a multiplier, or a count of its own when it opens the number.</summary>
    Scale,

    /// <summary>آلاف، ملايين، مليارات: a multiplier after a number, a vague count (1000 …) when it opens one.</summary>
    ScalePlural,

    /// <summary>عشرات، مئات، بضعة: a vague count, approximate by nature.</summary>
    Vague,
}
