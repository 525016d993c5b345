namespace Marsad.Extraction.Lexicons;

/// <summary>
/// Nationality words the nisba rules cannot derive from the gazetteer: adjectives of countries
/// known by a different name (أمريكي for الولايات المتحدة, بريطاني for المملكة المتحدة), irregular
/// nisbas (نمساوي, أفغاني) and broken plurals (أتراك, روس, ألمان). Countries are spelled exactly
/// as the gazetteer's common name, which a test checks.
/// </summary>
public static class IrregularNationalities
{
    /// <summary>Masculine singular adjectives; their regular inflections are generated.</summary>
    public static readonly (string Adjective, string Country)[] Adjectives =
    [
        ("أمريكي", "الولايات المتحدة"),
        ("أميركي", "الولايات المتحدة"),
        ("بريطاني", "المملكة المتحدة"),
        ("إنجليزي", "المملكة المتحدة"),
        ("إنكليزي", "المملكة المتحدة"),
        ("نمساوي", "النمسا"),
        ("أفغاني", "أفغانستان"),
        ("كازاخي", "كازاخستان"),
        ("أوزبكي", "أوزباكستان"),
        ("طاجيكي", "طاجيكستان"),
        ("قرغيزي", "قيرغيزستان"),
        ("تشيلي", "تشيلي"),
        ("بيروفي", "بيرو"),
        ("بوسني", "البوسنة والهرسك"),
        ("هنغاري", "المجر"),
        ("هولندي", "هولندا"),
    ];

    /// <summary>Broken plurals, looked up as they are.</summary>
    public static readonly (string Plural, string Country)[] Plurals =
    [
        ("أتراك", "تركيا"),
        ("روس", "روسيا"),
        ("ألمان", "ألمانيا"),
        ("إنجليز", "المملكة المتحدة"),
        ("إنكليز", "المملكة المتحدة"),
        ("أفغان", "أفغانستان"),
    ];
}
