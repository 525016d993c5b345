namespace Marsad.Stories.Grouping;

/// <summary>
/// What two articles share, as the link model weighs it: how alike their bodies, leads and
/// headlines are; whether they report the same kind of event, or kinds no one event is told by
/// (<see cref="Core.Digests.EventKinds.Family"/>); how telling a place their leads share is (a
/// district far more than a capital), or whether they name only places apart, and apart while
/// reporting the same kind of event (two crashes in two countries); how telling the actors they
/// share are; how many days apart their events are; and whether their headlines both name actors
/// or places and share none.
/// </summary>
public readonly record struct PairFeatures(
    double Cosine,
    double LeadCosine,
    double HeadlineOverlap,
    bool SameKind,
    bool KindsClash,
    double SharedPlace,
    bool PlacesApart,
    bool ApartSameKind,
    double SharedActors,
    int DayGap,
    bool NamedApart)
{
    /// <summary>The features as the model's inputs, in <see cref="Names"/> order.</summary>
    public double[] Vector()
    {
        var vector = new double[Names.Count];
        Fill(vector);
        return vector;
    }

    /// <summary>Writes the model's inputs into <paramref name="vector"/>, in <see cref="Names"/> order (no allocation, for the hot path).</summary>
    public void Fill(Span<double> vector)
    {
        vector[0] = Cosine;
        vector[1] = LeadCosine;
        vector[2] = HeadlineOverlap;
        vector[3] = SameKind ? 1 : 0;
        vector[4] = KindsClash ? 1 : 0;
        vector[5] = SharedPlace;
        vector[6] = PlacesApart ? 1 : 0;
        vector[7] = ApartSameKind ? 1 : 0;
        vector[8] = Math.Min(SharedActors, 2);
        vector[9] = Math.Min(DayGap, 7);
        vector[10] = NamedApart ? 1 : 0;
    }

    public static IReadOnlyList<string> Names { get; } =
        ["cosine", "lead-cosine", "headline", "same-kind", "kinds-clash", "shared-place", "places-apart", "apart-same-kind", "shared-actors", "day-gap", "named-apart"];
}
