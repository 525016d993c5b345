using Marsad.Stories.Grouping;

namespace Marsad.Stories.Tests.Grouping;

public class LinkModelTests
{
    private static PairFeatures Pair(double cosine = 0, double lead = 0, double headline = 0, bool sameKind = false, bool clash = false, double place = 0,
        bool apart = false, double actors = 0, int gap = 0, bool namedApart = false) =>
        new(cosine, lead, headline, sameKind, clash, place, apart, apart && sameKind, actors, gap, namedApart);

    [Fact]
    public void TheShippedModel_LoadsAndScoresAClearSameEventPairAboveItsThreshold()
    {
        LinkModel model = LinkModel.Shipped;

        double same = model.Probability(Pair(cosine: 0.6, lead: 0.6, headline: 0.4, sameKind: true, place: 0.8, actors: 1, gap: 0));
        double other = model.Probability(Pair(cosine: 0.05, lead: 0.05, clash: true, apart: true, gap: 2, namedApart: true));

        Assert.InRange(same, model.LinkThreshold, 1);
        Assert.InRange(other, 0, model.LinkThreshold);
        Assert.InRange(model.ClusterThreshold, 0.01, 0.99);
    }

    [Fact]
    public void Write_ThenParse_GivesTheSameModel()
    {
        LinkModel model = LinkModel.Shipped;

        LinkModel again = LinkModel.Parse(new StringReader(model.Write("a comment\nover two lines")), "test");

        Assert.Equal(model.Bias, again.Bias);
        Assert.Equal(model.Weights, again.Weights);
        Assert.Equal((model.LinkThreshold, model.ClusterThreshold), (again.LinkThreshold, again.ClusterThreshold));
    }

    [Fact]
    public void Parse_AnUnknownFeature_IsAnErrorNamingTheLine()
    {
        string text = LinkModel.Shipped.Write("x") + "colour\t1\n";

        var error = Assert.Throws<FormatException>(() => LinkModel.Parse(new StringReader(text), "links.tsv"));

        Assert.Contains("links.tsv", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MaxProbabilityOverCosine_IsNeverBelowTheProbabilityAtAnyCosine()
    {
        var pair = Pair(lead: 0.3, headline: 0.2, sameKind: true, place: 0.5, gap: 1);
        double bound = LinkModel.Shipped.MaxProbabilityOverCosine(pair);

        foreach (double cosine in new[] { 0, 0.25, 0.5, 1 })
        {
            Assert.True(LinkModel.Shipped.Probability(pair with { Cosine = cosine }) <= bound + 1e-12);
        }
    }
}
