namespace Marsad.Extraction.Entities.Recognition;

/// <summary>
/// What <see cref="EntityRecognizer"/> needs of a tagger: BIO classes for each token of a
/// document's sentences (tokenised as ANERcorp is), with per-token class scores for the
/// confidence of each name. The fast tagger (<see cref="StackedTagger"/>) is one; the neural
/// teacher (Marsad.Neural) another.
/// </summary>
public interface ISentenceTagger
{
    IReadOnlyList<string> Classes { get; }

    /// <summary>Free text that names the model; a leading "ner-…:" stamp is its version.</summary>
    string Description { get; }

    /// <summary>Class paths for a document's sentences; per-token class scores into <paramref name="emissions"/> (length × classes each) when given.</summary>
    int[][] Decode(IReadOnlyList<IReadOnlyList<string>> sentences, float[][]? emissions = null);

    /// <summary>BIO tags for a document's sentences.</summary>
    string[][] Tag(IReadOnlyList<IReadOnlyList<string>> sentences);
}
