using Marsad.Core.Analysis;
using Marsad.Extraction.Entities;
using Marsad.Extraction.Entities.Recognition;
using Marsad.Text.Tokenization;

namespace Marsad.Extraction.Tests.Entities.Recognition;

/// <summary>A word cut off a person's name that the article later uses alone as a speaker is his family name.</summary>
public sealed class SurnamesTests
{
    [Fact]
    public void A_word_after_a_name_that_later_speaks_alone_joins_the_name_and_its_uses_become_mentions()
    {
        const string text = "قال الباحث سامر خليل داود، إن الأسعار سترتفع. ولفت داود إلى أن الرواتب ثابتة.";

        List<EntityMention> found = Extend(text, "سامر خليل");

        Assert.Equal(["سامر خليل داود", "داود"], found.Select(m => m.Text));
        Assert.All(found, m => Assert.Equal(EntityType.Person, m.Type));
    }

    [Theory]
    [InlineData("التقى الوزير سامر خليل نظيره في الرياض. وقال نظيره إن المحادثات مثمرة.")]
    [InlineData("يشير سامر خليل إلى أن الأسعار سترتفع. وأشارت إلى أن الرواتب ثابتة.")]
    [InlineData("قال الباحث سامر خليل داود، إن الأسعار سترتفع. وزار داود المدينة أمس.")]
    [InlineData("وقالت سامر خليل المتحدثة باسم الشرطة إن التحقيق مستمر. وقالت المتحدثة إن الشرطة لن تعلق.")]
    [InlineData("وحمل سامر خليل الحركة المسؤولية. وقالت الحركة إن الاتهام باطل.")]
    public void A_word_with_a_pronoun_a_preposition_a_title_or_no_later_report_stays_out_of_the_name(string text)
    {
        List<EntityMention> found = Extend(text, "سامر خليل");

        Assert.Equal(["سامر خليل"], found.Select(m => m.Text));
    }

    private static List<EntityMention> Extend(string text, string name)
    {
        int start = text.IndexOf(name, StringComparison.Ordinal);
        List<Token> tokens = [.. TaggerSentences.Read(text).SelectMany(s => s.Tokens.Select(t => t with { Start = s.Start + t.Start, End = s.Start + t.End }))];
        return Surnames.Extend(text, tokens, [new EntityMention(start, start + name.Length, name, EntityType.Person, 0.9)]);
    }
}
