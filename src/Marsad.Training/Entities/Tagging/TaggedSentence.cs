
namespace Marsad.Training.Entities.Tagging;

/// <summary>A training sentence: its tokens and one BIO tag per token (B-PERS, I-LOC, O, …).</summary>
public sealed record TaggedSentence(IReadOnlyList<string> Tokens, IReadOnlyList<string> Tags);
