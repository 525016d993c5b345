using Marsad.Extraction.Entities.Clusters;
using Marsad.Extraction.Entities.Recognition;
using Marsad.Training.Entities.Tagging;

namespace Marsad.Neural.Tests;

public sealed class TaggerGuessesTests
{
    private static List<TaggedSentence> Corpus()
    {
        var sentences = new List<TaggedSentence>();
        string[] people = ["نبيل", "كريم", "سامي", "هادي", "رامي"];
        string[] cities = ["حمص", "حلب", "بغداد", "دمشق", "عمان"];
        for (int i = 0; i < 40; i++)
        {
            sentences.Add(new TaggedSentence(["قال", "الوزير", people[i % 5], "إن", "مدينة", cities[(i + 2) % 5], "آمنة"], ["O", "O", "B-PERS", "O", "O", "B-LOC", "O"]));
        }
        return sentences;
    }

    [Fact]
    public void Every_training_sentence_gets_a_guess_for_each_token_and_the_full_tagger_tags_new_text()
    {
        List<TaggedSentence> train = Corpus();

        (string[][] guesses, StackedTagger all) = TaggerGuesses.Fit(train, WordClusters.Empty, Gazetteer.Empty, 7, null);

        Assert.Equal(train.Count, guesses.Length);
        Assert.All(guesses.Zip(train), p => Assert.Equal(p.Second.Tokens.Count, p.First.Length));
        Assert.Equal("B-PERS", all.Tag([["قال", "الوزير", "نبيل", "إن", "الوضع", "مستقر"]])[0][2]);
    }
}
