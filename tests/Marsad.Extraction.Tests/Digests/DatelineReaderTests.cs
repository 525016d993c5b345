using Marsad.Extraction.Digests;

namespace Marsad.Extraction.Tests.Digests;

public sealed class DatelineReaderTests
{
    [Theory]
    [InlineData("دبي، الإمارات العربية المتحدة (CNN) -- قال مسؤول", "دبي، الإمارات العربية المتحدة (CNN) -- ")]
    [InlineData("بغداد - أعلنت الحكومة", "بغداد - ")]
    [InlineData("القدس (رويترز) — قالت الشرطة", "القدس (رويترز) — ")]
    public void A_dateline_ends_after_its_dash(string text, string dateline) =>
        Assert.Equal(dateline.Length, DatelineReader.End(text));

    [Theory]
    [InlineData("قال رئيس الوزراء إن الحكومة ستعلن قرارها غدا بعد اجتماع طويل")]
    [InlineData("واحد اثنان ثلاثة أربعة خمسة ستة سبعة - ثمانية")]
    public void Text_without_a_short_named_opening_and_dash_has_none(string text) =>
        Assert.Equal(0, DatelineReader.End(text));

    [Fact]
    public void A_long_run_of_letters_with_no_dash_is_read_as_no_dateline_and_does_not_throw()
    {
        // The earlier pattern could cut one word into six pieces in every way: on this it timed
        // out and threw, and one such article stopped a whole batch.
        string text = new string('ب', 119) + " ت";
        Assert.Equal(0, DatelineReader.End(text));
    }
}
