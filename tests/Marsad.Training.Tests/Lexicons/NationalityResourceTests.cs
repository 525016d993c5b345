using Marsad.Extraction.Lexicons;
using Marsad.Training.Lexicons;

namespace Marsad.Training.Tests.Lexicons;

/// <summary>
/// The committed nationality resource is what the derivation makes of the shared gazetteer; with
/// MARSAD_REGENERATE=1 the test rewrites it instead of comparing.
/// </summary>
public sealed class NationalityResourceTests
{
    private static string ResourcePath =>
        Path.Combine(RepoPaths.Root, "src", "Marsad.Extraction", "Lexicons", "Resources", "nationalities-ar.tsv");

    private const string Gazetteer = "data/gazetteers/countries-ar.tsv";

    [SharedFact(Gazetteer)]
    public void NationalityResource_MatchesDerivationFromGazetteer()
    {
        string gazetteer = SharedInput.PathOf(Gazetteer);

        using var reader = new StreamReader(gazetteer);
        string expected = NationalityDerivation.Format(NationalityDerivation.Derive(NationalityDerivation.ReadGazetteer(reader)));
        if (Environment.GetEnvironmentVariable("MARSAD_REGENERATE") == "1")
        {
            File.WriteAllText(ResourcePath, expected);
        }

        Assert.Equal(expected, File.ReadAllText(ResourcePath));
    }

    [SharedFact(Gazetteer)]
    public void IrregularNationalities_NameCountriesAsTheGazetteerDoes()
    {
        string gazetteer = SharedInput.PathOf(Gazetteer);

        using var reader = new StreamReader(gazetteer);
        var names = NationalityDerivation.ReadGazetteer(reader).Select(c => c.Common).ToHashSet(StringComparer.Ordinal);
        var countries = IrregularNationalities.Adjectives.Select(a => a.Country).Concat(IrregularNationalities.Plurals.Select(p => p.Country));

        Assert.All(countries, country => Assert.Contains(country, names));
    }
}
