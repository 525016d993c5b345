namespace Marsad.Core.Analysis;

/// <summary>A name in the text, pointing at the article's entity it names (an index into <see cref="DocumentAnalysis.Entities"/>).</summary>
public sealed record MentionItem(int Start, int End, string Text, int Entity, double Confidence);
