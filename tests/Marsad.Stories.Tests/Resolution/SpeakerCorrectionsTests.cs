using Marsad.Stories.Resolution;
using Marsad.Stories.Tests.Support;

namespace Marsad.Stories.Tests.Resolution;

public class SpeakerCorrectionsTests
{
    [Fact]
    public void Apply_GivesTheQuoteTheNamedSpeaker_AddingThemWhenTheArticleNeverNamedThem()
    {
        var analysis = Articles.Analyze(Articles.Make("a", "وقال مصدر مطلع إن الاجتماع تأجل إلى الأسبوع المقبل.", "وكالة", "2024-01-10"));
        var quote = Assert.Single(analysis.Quotes);
        var corrections = new Corrections([], [], [], [new SpeakerCorrection("a", quote.Start, "البنتاغون")]);

        var fixedAnalysis = SpeakerCorrections.Apply(analysis, corrections, AliasTable.Load());

        var speaker = fixedAnalysis.Entities[fixedAnalysis.Quotes[0].Speaker!.Value];
        Assert.Equal("البنتاغون", speaker.Name);
        Assert.Equal(Marsad.Core.Analysis.EntityType.Organization, speaker.Type);
    }

    [Fact]
    public void Apply_ACorrectionForAnotherArticle_ChangesNothing()
    {
        var analysis = Articles.Analyze(Articles.Make("a", "وقال مصدر مطلع إن الاجتماع تأجل إلى الأسبوع المقبل.", "وكالة", "2024-01-10"));

        Assert.Same(analysis, SpeakerCorrections.Apply(analysis, new Corrections([], [], [], [new SpeakerCorrection("b", 0, "س")]), AliasTable.Empty));
    }
}
