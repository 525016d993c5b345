using Marsad.Extraction.Entities.Recognition;
using Marsad.Training.Entities.Names;

namespace Marsad.Training.Tests.Entities.Names;

public sealed class NameMinerTests
{
    private static readonly NameMiningOptions Options = NameMiningOptions.Default with { MinCount = 2, MinOutlets = 2 };

    private static IReadOnlyList<MinedName> Mine(params (string Outlet, string Text)[] articles) => NameMiner.Mine(articles, Options);

    [Fact]
    public void A_headed_name_written_by_two_outlets_is_kept_with_its_head_kind()
    {
        var names = Mine(
            ("أ", "هاجمت طائرات مسيرة قاعدة عين الأسد فجر اليوم."),
            ("ب", "وقالت القيادة إن قاعدة عين الأسد لم تتضرر."),
            ("أ", "وكان الحشد الشعبي قد نفى ذلك."),
            ("ب", "بيان من الحشد الشعبي يوم الأحد."));

        MinedName basis = Assert.Single(names, n => n.Key == Gazetteer.KeyOf(["قاعدة", "عين", "الأسد"]));
        Assert.Equal(Gazetteer.PlaceHead, basis.Head);
        Assert.Equal(2, basis.Outlets);
        Assert.Contains(names, n => n.Key == Gazetteer.KeyOf(["الحشد", "الشعبي"]) && n.Head == Gazetteer.OrganisationHead);
    }

    [Fact]
    public void The_start_of_a_longer_name_is_not_a_name_itself()
    {
        var names = Mine(
            ("أ", "قصفت قاعدة عين الأسد أمس."),
            ("ب", "في قاعدة عين الأسد جنود."));

        Assert.DoesNotContain(names, n => n.Key == Gazetteer.KeyOf(["قاعدة", "عين"]));
    }

    [Fact]
    public void One_outlets_phrase_is_not_kept()
    {
        var names = Mine(
            ("أ", "قالت حركة التغيير إنها ستشارك."),
            ("أ", "أعلنت حركة التغيير موقفها."));

        Assert.Empty(names);
    }

    [Fact]
    public void A_conjunction_punctuation_or_function_word_ends_the_name()
    {
        var names = Mine(
            ("أ", "انسحب الجيش العراقي والشرطة من المدينة."),
            ("ب", "انتشر الجيش العراقي، في المدينة."));

        MinedName army = Assert.Single(names);
        Assert.Equal(Gazetteer.KeyOf(["الجيش", "العراقي"]), army.Key);
        Assert.Equal(2, army.Count);
    }
}
