namespace Marsad.Search.Querying;

/// <summary>A word or a quoted phrase as the user typed it.</summary>
internal sealed record QueryItem(string Text, bool IsPhrase);
