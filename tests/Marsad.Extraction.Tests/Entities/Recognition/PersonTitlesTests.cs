using Marsad.Core.Analysis;
using Marsad.Extraction.Entities;
using Marsad.Extraction.Entities.Recognition;

namespace Marsad.Extraction.Tests.Entities.Recognition;

/// <summary>A person's mention holds the name, not the title before it.</summary>
public sealed class PersonTitlesTests
{
    [Theory]
    [InlineData("وقال البروفسور برايثويت إن العقبة نفسية.", "البروفسور برايثويت", "برايثويت")]
    [InlineData("تواصلنا مع الملحن طارق أبوجودة أمس.", "الملحن طارق أبوجودة", "طارق أبوجودة")]
    public void A_leading_title_leaves_the_name(string text, string tagged, string name)
    {
        int start = text.IndexOf(tagged, StringComparison.Ordinal);
        List<EntityMention> mentions = [new(start, start + tagged.Length, tagged, EntityType.Person, 0.9)];

        EntityMention trimmed = Assert.Single(PersonTitles.Trim(text, mentions));

        Assert.Equal(name, trimmed.Text);
        Assert.Equal(name, text[trimmed.Start..trimmed.End]);
    }

    [Theory]
    [InlineData("التقى الرئيس وفدا.", "الرئيس", EntityType.Person)]
    [InlineData("وعين أمين بن حسن الناصر رئيسا.", "أمين بن حسن الناصر", EntityType.Person)]
    [InlineData("أعلنت وزارة الدفاع الأمريكية الخبر.", "وزارة الدفاع الأمريكية", EntityType.Organization)]
    public void A_title_alone_or_another_kind_of_name_is_left_as_it_is(string text, string tagged, EntityType type)
    {
        int start = text.IndexOf(tagged, StringComparison.Ordinal);
        List<EntityMention> mentions = [new(start, start + tagged.Length, tagged, type, 0.9)];

        Assert.Equal(tagged, Assert.Single(PersonTitles.Trim(text, mentions)).Text);
    }
}
