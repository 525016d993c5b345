namespace Marsad.Core.Analysis;

/// <summary>The contract's spelling of <see cref="EntityType"/> and back.</summary>
public static class EntityTypes
{
    /// <summary><c>PER</c>, <c>ORG</c> or <c>LOC</c>.</summary>
    public static string ToContract(this EntityType type) => type switch
    {
        EntityType.Person => "PER",
        EntityType.Organization => "ORG",
        EntityType.Location => "LOC",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>Reads a contract or corpus label (PER/PERS, ORG, LOC); null for anything else (MISC, O).</summary>
    public static EntityType? FromLabel(string label) => label switch
    {
        "PER" or "PERS" => EntityType.Person,
        "ORG" => EntityType.Organization,
        "LOC" => EntityType.Location,
        _ => null,
    };
}
