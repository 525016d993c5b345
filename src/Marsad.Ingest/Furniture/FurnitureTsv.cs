namespace Marsad.Ingest.Furniture;

/// <summary>The furniture resource's format, shared by the trainer that writes it and the model that reads it.</summary>
public static class FurnitureTsv
{
    public const string VersionPrefix = "# marsad-furniture ";

    public const string Version = "v1";

    public const string LineKind = "line";

    public const string PrefixKind = "prefix";
}
