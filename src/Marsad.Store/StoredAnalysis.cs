namespace Marsad.Store;

/// <summary>
/// The analysis of one stored article, as its contract JSON (one document with its own entities).
/// <paramref name="ContentHash"/> is the hash of the article that was analysed: a store never
/// returns an analysis whose article has changed since, so a re-ingested article is never shown
/// with another version's findings. <paramref name="Generator"/> names the program and models.
/// <paramref name="Digest"/> is the article's digest (what the story stages read from it), stored
/// with the analysis; null when there is none.
/// </summary>
public sealed record StoredAnalysis(string DocumentId, string ContentHash, string Generator, string Json, string? Digest = null);
