namespace Marsad.Core.Stories;

/// <summary>Where a fact was read: a span of one document's <c>text</c> (UTF-16, end exclusive), usually its sentence.</summary>
public sealed record Evidence(string Document, int Start, int End);
