namespace Marsad.Extraction.Quotes;

/// <summary>
/// The agreement a reporting word shows. Arabic verbs agree with their subject, so the verb that
/// named a speaker also tells which later unnamed verb (وأضافت، وتابعوا) refers back to it.
/// </summary>
internal enum Gender
{
    Unknown,
    Masculine,
    Feminine,
    Plural,
}
