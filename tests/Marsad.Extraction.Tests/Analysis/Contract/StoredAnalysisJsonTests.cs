using Marsad.Extraction.Tests.Support;
using Marsad.Core.Analysis;
using Marsad.Core.Contract;
using Marsad.Core.Documents;

namespace Marsad.Extraction.Tests.Analysis.Contract;

public class StoredAnalysisJsonTests
{
    [Fact]
    public void Read_GivesBackWhatWriteWrote()
    {
        var article = new Article("a-1", "a.txt", "عنوان", "بغداد - قال رئيس الوزراء محمد شياع السوداني أمس إن نحو 2500 جندي أمريكي سيغادرون العراق بحلول سبتمبر 2025.",
            "كاتب", "وكالة", PublicationTime.FromDate(new DateOnly(2024, 9, 27)), null);
        DocumentAnalysis analysis = Shipped.Analyzer.Analyze(article);

        DocumentAnalysis back = StoredAnalysisJson.Read(StoredAnalysisJson.Write(analysis, Shipped.Analyzer.Generator));

        Assert.Equal(article, back.Article);
        Assert.Equal(analysis.Entities.Select(e => (e.Id, e.Name, e.Type)), back.Entities.Select(e => (e.Id, e.Name, e.Type)));
        Assert.Equal(analysis.Mentions.Select(m => (m.Start, m.End, m.Entity)), back.Mentions.Select(m => (m.Start, m.End, m.Entity)));
        Assert.Equal(analysis.Dates, back.Dates);
        Assert.Equal(analysis.Quantities.Select(q => (q.Start, q.Value, q.Unit, q.Approximate, q.Subject)), back.Quantities.Select(q => (q.Start, q.Value, q.Unit, q.Approximate, q.Subject)));
        Assert.Equal(analysis.Quotes.Select(q => (q.Start, q.End, q.Speaker, q.Cue, q.Direct)), back.Quotes.Select(q => (q.Start, q.End, q.Speaker, q.Cue, q.Direct)));
        Assert.NotEmpty(back.Quotes);
    }

    [Fact]
    public void Read_NotAnAnalysis_SaysSo()
    {
        Assert.Throws<InvalidDataException>(() => StoredAnalysisJson.Read("{\"version\":\"1\"}"));
    }
}
