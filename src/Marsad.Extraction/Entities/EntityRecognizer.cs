using Marsad.Text;
using Marsad.Text.Tokenization;
using Marsad.Extraction.Entities.Clusters;
using Marsad.Extraction.Entities.Recognition;

namespace Marsad.Extraction.Entities;

/// <summary>
/// Finds people, organisations and places in an article. Splits the text into sentences,
/// tokenizes it the way ANERcorp is tokenized (punctuation apart, proclitics glued), tags it with
/// the shipped model (a structured perceptron trained on ANERcorp with word clusters learned from
/// unlabelled news), and maps each chunk back onto the original text: spans exclude a leading
/// clitic (و ف ب ل ك and their combinations, keeping ال) and trailing punctuation. MISC chunks
/// are dropped. Immutable and thread-safe: load it once (<see cref="LoadShipped"/>) and share it.
/// </summary>
public sealed class EntityRecognizer
{
    private const string ModelResource = "Marsad.Extraction.Ner.model";
    private const string ClustersResource = "Marsad.Extraction.Ner.clusters.gz";

    /// <summary>A recognizer over any tagger (the neural teacher, for one).</summary>
    public EntityRecognizer(ISentenceTagger tagger)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        Tagger = tagger;
        _places = tagger is StackedTagger stacked ? stacked.First.Model.Gazetteer : Gazetteer.Empty;
        string description = tagger.Description;
        Version = description.StartsWith("ner-", StringComparison.Ordinal) && description.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon
            ? description[..colon]
            : "ner-custom";
    }

    /// <summary>The place names the tagger was trained with; a place it tags in part grows to the whole name (<see cref="WholePlaces"/>).</summary>
    private readonly Gazetteer _places;

    /// <summary>A stamp naming the model, for the records that cite it (e.g. "ner-2026.11.23-anercorp-f77.1").</summary>
    public string Version { get; }

    /// <summary>The tagger itself, for tagging tokenised sentences (<c>marsad tag</c> reads CoNLL data through it).</summary>
    public ISentenceTagger Tagger { get; }

    /// <summary>Reads a model written by <c>marsad train ner</c> and, optionally, the clusters it was trained with.</summary>
    public static EntityRecognizer Load(Stream model, Stream? clusters = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        WordClusters wordClusters = clusters is null ? WordClusters.Empty : WordClusters.Load(clusters);
        return new EntityRecognizer(StackedTagger.Load(model, wordClusters));
    }

    /// <summary>
    /// The PER, ORG and LOC mentions of <paramref name="text"/>, in order, with spans into it.
    /// Confidence is the logistic of the chunk's mean per-token margin (the chosen tag's score
    /// minus the best other tag's, from the features alone), so a clear-cut name scores near 1
    /// and a borderline one near ½.
    /// </summary>
    public IReadOnlyList<EntityMention> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Find(text, TaggerSentences.Read(text));
    }

    /// <summary>The same, over an article already read: the tagger reads its sentences, each tokenised as ANERcorp is.</summary>
    public IReadOnlyList<EntityMention> Find(AnalyzedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Find(text.Text, TaggerSentences.Read(text.Text, text.Sentences));
    }

    private List<EntityMention> Find(string text, List<(int Start, List<Token> Tokens, string[] Words)> sentences)
    {
        IReadOnlyList<string>[] words = [.. sentences.Select(s => s.Words)];
        int classes = Tagger.Classes.Count;
        float[][] emissions = [.. words.Select(w => new float[w.Count * classes])];
        int[][] paths = Tagger.Decode(words, emissions);
        var mentions = new List<EntityMention>();
        for (int s = 0; s < sentences.Count; s++)
        {
            MentionSpans.Collect(text, sentences[s].Start, sentences[s].Tokens, paths[s], emissions[s], Tagger.Classes, mentions);
        }

        // The tagger never learned Latin script, and ANERcorp rarely labels a country's bodies:
        // organisations' acronyms and national bodies are added by rule; a place tagged in part
        // is given its whole name first, so a body of it (حكومة جنوب السودان) takes the whole.
        List<Token> tokens = [.. sentences.SelectMany(s => s.Tokens.Select(t => t with { Start = s.Start + t.Start, End = s.Start + t.End }))];
        return Surnames.Extend(text, tokens, PersonTitles.Trim(text, NationalBodies.Add(text, tokens, WholePlaces.Extend(text, tokens, LatinAcronyms.Add(text, tokens, mentions), _places))));
    }

    /// <summary>The word clusters that ship with Marsad, for a model trained on them (<c>marsad train ner</c> uses them unless told otherwise).</summary>
    public static Stream OpenShippedClusters()
    {
        var assembly = typeof(EntityRecognizer).Assembly;
        return assembly.GetManifestResourceStream(ClustersResource)
            ?? throw new InvalidOperationException($"The NER clusters resource {ClustersResource} is missing from {assembly.GetName().Name}.");
    }

    /// <summary>
    /// Reads the model and clusters embedded in this assembly. Each call loads them afresh (tens
    /// of megabytes): the caller that assembles the pipeline loads once and passes the result on.
    /// </summary>
    public static EntityRecognizer LoadShipped()
    {
        var assembly = typeof(EntityRecognizer).Assembly;
        using Stream model = assembly.GetManifestResourceStream(ModelResource)
            ?? throw new InvalidOperationException($"The NER model resource {ModelResource} is missing from {assembly.GetName().Name}.");
        using Stream clusters = assembly.GetManifestResourceStream(ClustersResource)
            ?? throw new InvalidOperationException($"The NER clusters resource {ClustersResource} is missing from {assembly.GetName().Name}.");
        return Load(model, clusters);
    }
}
