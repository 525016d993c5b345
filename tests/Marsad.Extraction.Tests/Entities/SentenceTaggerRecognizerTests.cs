using Marsad.Core.Analysis;
using Marsad.Extraction.Entities;
using Marsad.Extraction.Entities.Recognition;

namespace Marsad.Extraction.Tests.Entities;

public sealed class SentenceTaggerRecognizerTests
{
    /// <summary>Tags every token after a title word as a person, with scores that favour it.</summary>
    private sealed class AfterTitle : ISentenceTagger
    {
        public IReadOnlyList<string> Classes { get; } = ["B-PERS", "I-PERS", "O"];

        public string Description => "ner-after-title: a test tagger";

        public int[][] Decode(IReadOnlyList<IReadOnlyList<string>> sentences, float[][]? emissions = null)
        {
            var paths = new int[sentences.Count][];
            for (int s = 0; s < sentences.Count; s++)
            {
                paths[s] = [.. sentences[s].Select((word, i) => i > 0 && sentences[s][i - 1] == "الوزير" ? 0 : 2)];
                if (emissions is not null)
                {
                    for (int i = 0; i < paths[s].Length; i++)
                    {
                        emissions[s][(i * 3) + paths[s][i]] = 4;
                    }
                }
            }
            return paths;
        }

        public string[][] Tag(IReadOnlyList<IReadOnlyList<string>> sentences) => [.. Decode(sentences).Select(p => p.Select(c => Classes[c]).ToArray())];
    }

    [Fact]
    public void A_recognizer_over_any_tagger_maps_its_tags_onto_the_text_and_takes_its_version()
    {
        var recognizer = new EntityRecognizer(new AfterTitle());
        const string text = "قال الوزير نبيل إن الوضع مستقر.";

        EntityMention mention = Assert.Single(recognizer.Find(text));

        Assert.Equal(("نبيل", EntityType.Person), (mention.Text, mention.Type));
        Assert.Equal("نبيل", text[mention.Start..mention.End]);
        Assert.True(mention.Confidence > 0.5);
        Assert.Equal("ner-after-title", recognizer.Version);
    }
}
