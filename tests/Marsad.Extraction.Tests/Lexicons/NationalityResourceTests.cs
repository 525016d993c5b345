using Marsad.Extraction.Lexicons;

namespace Marsad.Extraction.Tests.Lexicons;

/// <summary>
/// The committed nationality resource is what the derivation makes of the shared gazetteer; with
/// MARSAD_REGENERATE=1 the test rewrites it instead of comparing.
/// </summary>
public sealed class NationalityResourceTests
{
    private static string ResourcePath =>
        Path.Combine(RepoPaths.Root, "src", "Marsad.Extraction", "Lexicons", "Resources", "nationalities-ar.tsv");

    private static string? GazetteerPath() =>
        RepoPaths.Shared() is { } shared ? Path.Combine(shared, "data", "gazetteers", "countries-ar.tsv") : null;

    [Fact]
    public void NationalityResource_MatchesDerivationFromGazetteer()
    {
        if (GazetteerPath() is not { } gazetteer || !File.Exists(gazetteer))
        {
            Console.WriteLine("countries-ar.tsv not found beside the repository; skipping.");
            return;
        }

        using var reader = new StreamReader(gazetteer);
        string expected = NationalityDerivation.Format(NationalityDerivation.Derive(NationalityDerivation.ReadGazetteer(reader)));
        if (Environment.GetEnvironmentVariable("MARSAD_REGENERATE") == "1")
        {
            File.WriteAllText(ResourcePath, expected);
        }

        Assert.Equal(expected, File.ReadAllText(ResourcePath));
    }

    [Fact]
    public void IrregularNationalities_NameCountriesAsTheGazetteerDoes()
    {
        if (GazetteerPath() is not { } gazetteer || !File.Exists(gazetteer))
        {
            Console.WriteLine("countries-ar.tsv not found beside the repository; skipping.");
            return;
        }

        using var reader = new StreamReader(gazetteer);
        var names = NationalityDerivation.ReadGazetteer(reader).Select(c => c.Common).ToHashSet(StringComparer.Ordinal);
        var countries = IrregularNationalities.Adjectives.Select(a => a.Country).Concat(IrregularNationalities.Plurals.Select(p => p.Country));

        Assert.All(countries, country => Assert.Contains(country, names));
    }
}
