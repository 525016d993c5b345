namespace Marsad.Training.Entities.Names;

/// <summary>
/// A name mined from unlabelled news: its key (folded clitic-free bases, space-joined, as the
/// tagger's gazetteer matches them), the kind of its head word (<see cref="Extraction.Entities.Recognition.Gazetteer.OrganisationHead"/>
/// or <see cref="Extraction.Entities.Recognition.Gazetteer.PlaceHead"/>), how often and in how many outlets it was seen, and how it was first written.
/// </summary>
public sealed record MinedName(string Key, int Head, int Count, int Outlets, string Surface);
