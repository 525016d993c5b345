using Marsad.Core.Documents;
using Marsad.Extraction.Digests;
using Marsad.Text;
using Marsad.Text.Words;

namespace Marsad.Extraction.Tests.Digests;

public class SentenceReaderTests
{
    /// <summary>What a summary would read from a sentence's own text: its topic stems, hashed, distinct, ascending.</summary>
    private static ulong[] StemsOf(string sentence)
    {
        ulong[] stems = [.. TopicWords.Stems(sentence).Select(s => NormalizedWords.Hash(s)).Distinct()];
        Array.Sort(stems);
        return stems;
    }

    [Fact]
    public void Read_GivesEverySentenceWithTheStemsOfItsOwnText()
    {
        const string text = "قال المتحدث باسم الحكومة إن القوات الأمريكية ستنسحب من العراق. وأضاف: «لا مبرر لبقاء القوات». هل انتهت المهمة؟";
        var read = AnalyzedText.Of(text);

        var sentences = SentenceReader.Read(read);

        Assert.Equal(read.Sentences, sentences.Select(s => (s.Start, s.End)));
        Assert.All(sentences, s => Assert.Equal(StemsOf(text[s.Start..s.End]), s.Stems.ToArray()));
        Assert.Contains(NormalizedWords.Hash(TopicWords.Stem(TopicWords.Fold("العراق"))), sentences[0].Stems.ToArray());
    }

    [Fact]
    public void Read_OfNoText_HasNoSentences()
    {
        Assert.Empty(SentenceReader.Read(AnalyzedText.Of("")));
    }

    [SharedFact("corpus/seeds")]
    public void Read_OnRealArticles_GivesWhatEachSentencesOwnTextGives()
    {
        foreach (string path in Directory.GetFiles(Path.Combine(RepoPaths.Shared()!, "corpus", "seeds"), "*.txt").Concat(Directory.GetFiles(RepoPaths.Samples, "*.txt")))
        {
            string text = File.ReadAllText(path);
            var read = AnalyzedText.Of(text);

            var sentences = SentenceReader.Read(read);

            Assert.NotEmpty(sentences);
            Assert.All(sentences, s => Assert.Equal(StemsOf(text[s.Start..s.End]), s.Stems.ToArray()));
        }
    }

    [Fact]
    public void Digest_CarriesTheSentenceStems()
    {
        const string text = "أعلنت الحكومة العراقية انتهاء مهمة التحالف الدولي. وقال الناطق إن الانسحاب يبدأ في سبتمبر.";
        var digest = DigestBuilder.Build(Support.Shipped.Analyzer.Analyze(new Article("a", "a", null, text, null, null, null, null)));

        Assert.Equal(2, digest.Sentences.Count);
        Assert.Equal(StemsOf(text[digest.Sentences[1].Start..digest.Sentences[1].End]), digest.Sentences[1].Stems.ToArray());
    }
}
