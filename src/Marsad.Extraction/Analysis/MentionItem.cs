namespace Marsad.Extraction.Analysis;

/// <summary>A name in the text, pointing at the article's entity it names (an index into <see cref="ArticleAnalysis.Entities"/>).</summary>
public sealed record MentionItem(int Start, int End, string Text, int Entity, double Confidence);
