using System.Globalization;

namespace Marsad.Core.Stories;

/// <summary>
/// A role the articles give an actor and the years it is attested in (by publication date), with
/// the number of articles that give it: an office is held for a time, so "رئيس الوزراء العراقي
/// (2024)" says more than the title alone. Undated articles add to <see cref="Articles"/> only.
/// </summary>
public sealed record ActorRole(string Role, IReadOnlyList<int> Years, int Articles)
{
    /// <summary>The role with its years, as <c>marsad why</c> prints it: "رئيس الوزراء العراقي (2023, 2024)".</summary>
    public override string ToString() => Years.Count == 0
        ? Role
        : Role + " (" + string.Join(", ", Years.Select(y => y.ToString(CultureInfo.InvariantCulture))) + ")";
}
