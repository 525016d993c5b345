namespace Marsad.Ingest;

/// <summary>What the body of a <see cref="RawDocument"/> is, which decides how it is cleaned.</summary>
public enum RawFormat
{
    /// <summary>Text copied from a page: title, byline and furniture still mixed in.</summary>
    PlainText,

    /// <summary>An HTML page: the article must be found among navigation and teasers.</summary>
    Html,

    /// <summary>Named fields from JSON: the body is already the article text.</summary>
    Fields,
}
