using Marsad.Core.Analysis;
using Marsad.Extraction.Tests.Support;

namespace Marsad.Extraction.Tests.Entities.Recognition;

/// <summary>A place the gazetteer knows by more words than the tagger took is named whole; a state's title or a place's kind alone is not added.</summary>
public sealed class WholePlacesTests
{
    [Theory]
    [InlineData("وصل الرئيس إلى جنوب السودان أمس في زيارة رسمية.", "جنوب السودان")]
    [InlineData("وقال مسؤولون في جوبا إن جنوب السودان يواجه أزمة غذاء حادة.", "جنوب السودان")]
    [InlineData("وشارك وفد من جنوب أفريقيا في المؤتمر الذي عقد أمس.", "جنوب أفريقيا")]
    public void A_place_tagged_in_part_is_named_whole(string text, string place)
    {
        DocumentAnalysis analysis = Shipped.Analyze(text);

        MentionItem mention = Assert.Single(analysis.Mentions, m => m.Text == place);
        Assert.Equal(EntityType.Location, analysis.Entities[mention.Entity].Type);
        Assert.DoesNotContain(analysis.Mentions, m => m.Start > mention.Start && m.End <= mention.End);
    }

    [Theory]
    [InlineData("وأعلنت وزارة الخارجية في دولة الكويت أمس ترحيبها بالاتفاق.", "دولة الكويت")]
    [InlineData("وقصفت الطائرات مواقع في محافظة إدلب شمال غربي البلاد.", "محافظة إدلب")]
    public void A_states_title_or_a_places_kind_alone_is_not_added(string text, string phrase)
    {
        DocumentAnalysis analysis = Shipped.Analyze(text);

        Assert.DoesNotContain(analysis.Mentions, m => m.Text == phrase);
    }
}
