namespace Marsad.Training.Stories.Evaluation;

/// <summary>What the stance of a labelled quote was read from.</summary>
public enum StanceMatch
{
    /// <summary>A quote Marsad found overlaps the labelled slice: its words and reporting verb were read.</summary>
    QuoteFound,

    /// <summary>The slice is in Marsad's text but no quote Marsad found overlaps it: the slice was read with no verb.</summary>
    NoQuote,

    /// <summary>Cleaning changed the slice, so it is not in Marsad's text: the slice was read with no verb.</summary>
    SliceNotInText,
}
