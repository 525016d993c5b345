namespace Marsad.Extraction.Quantities;

/// <summary>Which side of the stated number the true count lies on.</summary>
public enum QuantityBound
{
    /// <summary>أكثر من، على الأقل، ما لا يقل عن، ما يزيد عن: the number is a floor.</summary>
    AtLeast,

    /// <summary>أقل من، حتى، ما لا يزيد عن، بحد أقصى: the number is a ceiling.</summary>
    AtMost,
}
