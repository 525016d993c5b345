namespace Marsad.Store;

/// <summary>
/// The digest of one stored article's current analysis, with the article's text (a digest keeps
/// offsets into it, not a copy of it). <paramref name="Digest"/> is null for an analysis stored
/// before digests: then <paramref name="Analysis"/> holds the analysis to build one from.
/// </summary>
public sealed record StoredDigest(string DocumentId, string ContentHash, string Text, string? Digest, string? Analysis);
