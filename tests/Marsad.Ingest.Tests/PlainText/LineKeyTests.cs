using Marsad.Ingest.Text;

namespace Marsad.Ingest.Tests.PlainText;

public sealed class LineKeyTests
{
    [Theory]
    [InlineData("اقرأ أيضاً:", "اقرا ايضا")]
    [InlineData("إقرأ ايضا", "اقرا ايضا")]
    [InlineData("الرياض 26 شوال", "الرياض 0 شوال")]
    [InlineData("Facebook | Twitter", "facebook twitter")]
    [InlineData("مدرسة الهدى", "مدرسه الهدي")]
    public void Of_SpellingVariants_ShareAKey(string line, string key)
    {
        Assert.Equal(key, LineKey.Of(line));
    }
}
