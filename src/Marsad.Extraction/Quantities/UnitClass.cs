namespace Marsad.Extraction.Quantities;

/// <summary>What a counted noun counts; it decides whether a subject hint makes sense.</summary>
internal enum UnitClass
{
    /// <summary>A noun not in <see cref="UnitLexicon"/>, taken from its place after the number.</summary>
    Open,

    /// <summary>People: soldiers, the dead and wounded, civilians, refugees.</summary>
    People,

    /// <summary>Currencies: an adjective after them names the currency (دولار أمريكي), not whose money it is.</summary>
    Money,

    /// <summary>Durations.</summary>
    Time,

    /// <summary>Distances, weights, areas, volumes, power.</summary>
    Measure,

    /// <summary>Weapons, attacks, buildings, vehicles and the other countable things of news.</summary>
    Thing,

    /// <summary>Percent, written % or في المئة/بالمائة.</summary>
    Percent,
}
