namespace Marsad.Extraction.Entities.Tagging;

/// <summary>The views of one token that features are built from, computed once per token.</summary>
internal readonly record struct WordView(string Normalized, string Base, string Stem, string Shape, bool HasArticle);
