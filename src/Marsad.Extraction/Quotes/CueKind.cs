namespace Marsad.Extraction.Quotes;

/// <summary>How a cue word introduces reported words.</summary>
internal enum CueKind
{
    /// <summary>A finite reporting verb (قال، أكدت، يقول): its subject, if any, follows or precedes it.</summary>
    Verb,

    /// <summary>
    /// A circumstantial participle (مضيفا، مشيرة): it has no subject of its own and continues the
    /// speaker of the clause it hangs on.
    /// </summary>
    Participle,

    /// <summary>An attribution word (بحسب، وفقا): the noun phrase after it speaks.</summary>
    Attribution,
}
