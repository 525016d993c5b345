
namespace Marsad.Training.Entities.Conll;

/// <summary>One token line of a CoNLL file: the token, its gold tag and, in a tagged file, the predicted tag.</summary>
public sealed record ConllToken(string Text, string Gold, string? Predicted = null);
