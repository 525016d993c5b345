
namespace Marsad.Training.Entities.Conll;

/// <summary>A run of token lines between blank lines.</summary>
public sealed record ConllSentence(IReadOnlyList<ConllToken> Tokens);
