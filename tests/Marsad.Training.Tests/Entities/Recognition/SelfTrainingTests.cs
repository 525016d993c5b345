using Marsad.Extraction.Entities.Clusters;
using Marsad.Extraction.Entities.Recognition;
using Marsad.Training.Entities.Recognition;
using Marsad.Training.Tests.Entities.Tagging;

namespace Marsad.Training.Tests.Entities.Recognition;

public sealed class SelfTrainingTests
{
    private static readonly StackedTagger First = StackedTaggerTrainer.Train([.. TaggerData.Corpus()], WordClusters.Empty, Gazetteer.Empty, 10, 1, "test");
    private static readonly StackedTagger Second = StackedTaggerTrainer.Train([.. TaggerData.Corpus()], WordClusters.Empty, Gazetteer.Empty, 10, 2, "test");

    // Two sentences of eight tokens (the full stop is one) in the patterns the taggers were trained on.
    private const string WithNames = "قال الرئيس محمد عباس إن الوضع مستقر. أكد الوزير أحمد أن مدينة بيروت آمنة.";
    private const string WithoutNames = "قال مسؤول إن الوضع في البلاد مستقر تماما حتى الآن على الأقل.";

    [Fact]
    public void Label_keeps_sentences_both_taggers_agree_on_with_their_tags()
    {
        var kept = SelfTraining.Label([WithNames], First, Second, wanted: 10);

        Assert.NotEmpty(kept);
        foreach (var sentence in kept)
        {
            Assert.Equal(sentence.Tokens.Count, sentence.Tags.Count);
            Assert.Contains(sentence.Tags, t => t != "O");
            Assert.Equal(First.Tag([sentence.Tokens])[0], sentence.Tags);
            Assert.Equal(Second.Tag([sentence.Tokens])[0], sentence.Tags);
        }
    }

    [Fact]
    public void Label_skips_sentences_without_a_name_and_short_ones()
    {
        Assert.Empty(SelfTraining.Label([WithoutNames, "قال كريم فرحات إن"], First, Second, wanted: 10));
    }

    [Fact]
    public void Label_stops_at_the_wanted_count_and_takes_few_sentences_per_article()
    {
        Assert.Single(SelfTraining.Label([WithNames, WithNames], First, Second, wanted: 1));
        Assert.Single(SelfTraining.Label([WithNames], First, Second, wanted: 10, perArticle: 1));
        Assert.Empty(SelfTraining.Label([WithNames], First, Second, wanted: 0));
    }

    [Fact]
    public void Label_agrees_with_a_second_tagger_that_numbers_its_classes_differently()
    {
        var reordered = new ReorderedTagger(Second);

        var kept = SelfTraining.Label([WithNames], First, reordered, wanted: 10);

        Assert.Equal(SelfTraining.Label([WithNames], First, Second, wanted: 10).Select(s => s.Tags), kept.Select(s => s.Tags));
    }

    /// <summary>The same tagger with its classes numbered backwards, as a tagger of another kind may number them.</summary>
    private sealed class ReorderedTagger(StackedTagger inner) : ISentenceTagger
    {
        public IReadOnlyList<string> Classes { get; } = [.. inner.Classes.Reverse()];

        public string Description => inner.Description;

        public int[][] Decode(IReadOnlyList<IReadOnlyList<string>> sentences, float[][]? emissions = null) =>
            [.. inner.Decode(sentences).Select(path => path.Select(c => inner.Classes.Count - 1 - c).ToArray())];

        public string[][] Tag(IReadOnlyList<IReadOnlyList<string>> sentences) => inner.Tag(sentences);
    }
}
