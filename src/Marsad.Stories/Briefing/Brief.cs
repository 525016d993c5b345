namespace Marsad.Stories.Briefing;

/// <summary>
/// A dossier an editor reads in five minutes, before it is written as Markdown or HTML: what the
/// story is (summary sentences, each cited), who the actors are and where they stand, what
/// happened when, the figures that matter (each value with when it held and its source) and where
/// sources disagree, and the sources. Every line carries
/// the numbers of its <see cref="Citations"/>.
/// </summary>
public sealed record Brief(
    string Title,
    string? Question,
    int Articles,
    int IndependentArticles,
    string? From,
    string? To,
    IReadOnlyList<BriefLine> Summary,
    IReadOnlyList<BriefActor> Actors,
    IReadOnlyList<BriefEvent> Timeline,
    IReadOnlyList<BriefFigure> Figures,
    IReadOnlyList<BriefConflict> Conflicts,
    IReadOnlyList<BriefSource> Sources,
    IReadOnlyList<Citation> Citations);

/// <summary>A sentence of the briefing and the evidence it rests on.</summary>
public sealed record BriefLine(string Text, IReadOnlyList<int> Citations);

/// <summary>
/// An actor: name, type, other names, articles naming it, stance and the quotes that show it, and
/// its main role with the years (the role most articles give it), so a reader knows which holder
/// of an office is meant: "رئيس الوزراء العراقي (2024)".
/// </summary>
public sealed record BriefActor(string Id, string Name, string Type, IReadOnlyList<string> Aliases, int Articles, string? Stance, IReadOnlyList<BriefLine> Quotes, string? Role);

/// <summary>An event of the timeline with its sources.</summary>
public sealed record BriefEvent(string? Date, string Status, string? Kind, string Summary, IReadOnlyList<int> Citations);

/// <summary>A fact the articles count (troops of the United States) and the values they give, each as "value (as of, outlet)".</summary>
public sealed record BriefFigure(string Topic, IReadOnlyList<BriefLine> Values);

/// <summary>A fact the sources give different values for: each claim as "value — outlet, as of".</summary>
public sealed record BriefConflict(string Topic, string Kind, IReadOnlyList<BriefLine> Claims);

/// <summary>An article the briefing rests on; <see cref="DuplicateOf"/> when it copies another.</summary>
public sealed record BriefSource(string Document, string? Title, string? Outlet, string? Published, string? DuplicateOf);
