using Marsad.Stories.Places;

namespace Marsad.Stories.Tests.Grouping;

/// <summary>An event's where: a district named beside its city is near the city; two cities of one country are apart.</summary>
public class PlaceSetTests
{
    private static PlaceSet Of(params (string Id, string Name)[] places)
    {
        var set = new PlaceSet();
        foreach ((string id, string name) in places)
        {
            set.Add(id, name);
        }
        return set;
    }

    [Fact]
    public void TheSamePlaceUnderTwoIds_IsNear_NotApart()
    {
        PlaceSet a = Of(("e1", "بغداد")), b = Of(("e9", "بغداد"));

        Assert.True(a.Near(b));
        Assert.False(a.Apart(b));
    }

    [Fact]
    public void TwoCitiesOfOneCountry_AreApart()
    {
        PlaceSet baghdad = Of(("e1", "بغداد")), basra = Of(("e2", "البصرة"));

        Assert.True(baghdad.Apart(basra));
    }

    [Fact]
    public void ACityAndItsCountry_AreNear()
    {
        PlaceSet baghdad = Of(("e1", "بغداد")), iraq = Of(("e3", "العراق"));

        Assert.True(baghdad.Near(iraq));
        Assert.False(baghdad.Apart(iraq));
    }

    [Fact]
    public void AnEmptySet_IsApartFromNothing()
    {
        Assert.False(new PlaceSet().Apart(Of(("e1", "بغداد"))));
    }
}
