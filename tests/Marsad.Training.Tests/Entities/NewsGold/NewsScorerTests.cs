using Marsad.Core.Analysis;
using Marsad.Core.Documents;
using Marsad.Training.Entities.NewsGold;

namespace Marsad.Training.Tests.Entities.NewsGold;

public sealed class NewsScorerTests
{
    private const string Text = "وقال المتحدث باسم الحكومة باسم العوادي إن القوات انسحبت من بغداد.";

    private static DocumentAnalysis Analysis(IReadOnlyList<LocalEntity> entities, IReadOnlyList<MentionItem> mentions, IReadOnlyList<QuoteItem> quotes) =>
        new(new Article("d1", "d1", null, Text, null, null, null, null), entities, mentions, [], [], quotes);

    private static int At(string word) => Text.IndexOf(word, StringComparison.Ordinal);

    [Fact]
    public void A_name_whose_span_differs_only_by_a_proclitic_is_right()
    {
        Assert.True(NewsScorer.SameSpan("وبغداد", 1, 6, 0, 6));
        Assert.True(NewsScorer.SameSpan("وبغداد", 2, 6, 0, 6));
        Assert.False(NewsScorer.SameSpan("العراقية", 2, 8, 0, 8));
        Assert.False(NewsScorer.SameSpan("وبغداد", 2, 6, 2, 5));
    }

    [Fact]
    public void Names_count_by_type_and_span()
    {
        int person = At("باسم العوادي"), city = At("بغداد");
        var gold = new NewsGoldSet(
            [new GoldMention("d1", person, person + "باسم العوادي".Length, EntityType.Person, "باسم العوادي"), new GoldMention("d1", city, city + 5, EntityType.Location, "بغداد")],
            []);
        var analysis = Analysis(
            [new LocalEntity(0, "باسم العوادي", EntityType.Person, []), new LocalEntity(1, "بغداد", EntityType.Organization, [])],
            [new MentionItem(person, person + "باسم العوادي".Length, "باسم العوادي", 0, 1), new MentionItem(city, city + 5, "بغداد", 1, 1)],
            []);

        NewsScore score = NewsScorer.Score(gold, new Dictionary<string, DocumentAnalysis> { ["d1"] = analysis });

        Assert.Equal(new Marsad.Training.Entities.Evaluation.ChunkScore(2, 2, 1), score.All);
        Assert.Equal(1, score.Types[EntityType.Person].Correct);
        Assert.Equal(0, score.Types[EntityType.Location].Correct);
        Assert.Contains(score.Errors, e => e.Contains("missed\tLOC", StringComparison.Ordinal));
    }

    [Fact]
    public void A_speaker_named_by_part_of_the_labelled_name_is_right_and_the_body_he_speaks_for_is_wrong()
    {
        int verb = At("وقال"), words = At("القوات");
        var gold = new NewsGoldSet([], [new GoldStatement("d1", verb, verb + 4, "وقال", "باسم العوادي", EntityType.Person, "الحكومة")]);
        var entities = new List<LocalEntity> { new(0, "العوادي", EntityType.Person, []), new(1, "الحكومة", EntityType.Organization, []) };
        QuoteItem Quote(int? speaker) => new(words, Text.Length - 1, "القوات انسحبت من بغداد", false, "قال", speaker, null, 0.9);

        NewsScore right = NewsScorer.Score(gold, new Dictionary<string, DocumentAnalysis> { ["d1"] = Analysis(entities, [], [Quote(0)]) });
        NewsScore wrong = NewsScorer.Score(gold, new Dictionary<string, DocumentAnalysis> { ["d1"] = Analysis(entities, [], [Quote(1)]) });
        NewsScore none = NewsScorer.Score(gold, new Dictionary<string, DocumentAnalysis> { ["d1"] = Analysis(entities, [], []) });

        Assert.Equal((1, 1), (right.Found, right.SpeakerRight));
        Assert.Equal((1, 0), (wrong.Found, wrong.SpeakerRight));
        Assert.Equal((0, 0), (none.Found, none.SpeakerRight));
    }

    [Fact]
    public void A_statement_with_no_named_speaker_is_right_only_when_none_is_given()
    {
        int verb = At("وقال"), words = At("القوات");
        var gold = new NewsGoldSet([], [new GoldStatement("d1", verb, verb + 4, "وقال", null, null, null)]);
        var entities = new List<LocalEntity> { new(0, "العوادي", EntityType.Person, []) };
        QuoteItem Quote(int? speaker) => new(words, Text.Length - 1, "القوات انسحبت من بغداد", false, "قال", speaker, null, 0.9);

        Assert.Equal(1, NewsScorer.Score(gold, new Dictionary<string, DocumentAnalysis> { ["d1"] = Analysis(entities, [], [Quote(null)]) }).SpeakerRight);
        Assert.Equal(0, NewsScorer.Score(gold, new Dictionary<string, DocumentAnalysis> { ["d1"] = Analysis(entities, [], [Quote(0)]) }).SpeakerRight);
    }
}
