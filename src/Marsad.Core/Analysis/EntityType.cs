namespace Marsad.Core.Analysis;

/// <summary>The entity types of the contract (<c>PER</c>, <c>ORG</c>, <c>LOC</c>).</summary>
public enum EntityType
{
    Person,
    Organization,
    Location,
}
