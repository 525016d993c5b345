
namespace Marsad.Core.Analysis;

/// <summary>
/// One actor of one article: its display name (the fullest form the article uses), its type, and
/// the other forms the article names it by. <paramref name="Id"/> is its index in
/// <see cref="DocumentAnalysis.Entities"/>.
/// </summary>
public sealed record LocalEntity(int Id, string Name, EntityType Type, IReadOnlyList<string> Aliases);
