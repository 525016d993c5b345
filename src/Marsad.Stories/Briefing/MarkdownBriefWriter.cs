namespace Marsad.Stories.Briefing;

/// <summary>A <see cref="Brief"/> as Markdown: headings per part, citations as [n] pointing into the evidence list at the end.</summary>
public static class MarkdownBriefWriter
{
    public static void Write(TextWriter output, Brief brief)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(brief);
        output.WriteLine($"# {brief.Title}");
        output.WriteLine();
        output.WriteLine($"{BriefWords.Count(brief.Articles, brief.IndependentArticles)}{BriefWords.Span(brief.From, brief.To)}.");
        if (brief.Question is not null)
        {
            output.WriteLine($"{BriefWords.Question}: {brief.Question}");
        }
        output.WriteLine();

        output.WriteLine($"## {BriefWords.Summary}");
        output.WriteLine();
        foreach (BriefLine line in brief.Summary)
        {
            output.WriteLine($"- {line.Text} {Cites(line)}");
        }
        output.WriteLine();

        output.WriteLine($"## {BriefWords.Actors}");
        output.WriteLine();
        foreach (BriefActor actor in brief.Actors)
        {
            string aliases = actor.Aliases.Count == 0 ? "" : $" (أيضا: {string.Join("، ", actor.Aliases.Take(4))})";
            string role = actor.Role is null ? "" : "، " + actor.Role;
            output.WriteLine($"- **{actor.Name}**{role} — {BriefWords.Kind(actor.Type)}{aliases}؛ {BriefWords.Articles(actor.Articles)}؛ الموقف: {BriefWords.Stance(actor.Stance)}");
            foreach (BriefLine quote in actor.Quotes)
            {
                output.WriteLine($"  - «{quote.Text}» {Cites(quote)}");
            }
        }
        output.WriteLine();

        output.WriteLine($"## {BriefWords.Timeline}");
        output.WriteLine();
        if (brief.Timeline.Count == 0)
        {
            output.WriteLine(BriefWords.NoTimeline);
        }
        foreach (BriefEvent e in brief.Timeline)
        {
            output.WriteLine($"- **{e.Date ?? "?"}** ({BriefWords.Status(e.Status)}) {e.Summary} {Cites(e.Citations)}");
        }
        output.WriteLine();

        output.WriteLine($"## {BriefWords.Numbers}");
        output.WriteLine();
        if (brief.Figures.Count > 0)
        {
            output.WriteLine($"### {BriefWords.Figures}");
            output.WriteLine();
            foreach (BriefFigure figure in brief.Figures)
            {
                output.WriteLine($"- **{figure.Topic}**: {string.Join(" · ", figure.Values.Select(v => $"{v.Text} {Cites(v)}"))}");
            }
            output.WriteLine();
            output.WriteLine($"### {BriefWords.Disagreements}");
            output.WriteLine();
        }
        if (brief.Conflicts.Count == 0)
        {
            output.WriteLine(BriefWords.NoConflicts);
        }
        foreach (BriefConflict conflict in brief.Conflicts)
        {
            output.WriteLine($"- **{conflict.Topic}** ({BriefWords.ConflictKind(conflict.Kind)})");
            foreach (BriefLine claim in conflict.Claims)
            {
                output.WriteLine($"  - {claim.Text} {Cites(claim)}");
            }
        }
        output.WriteLine();

        output.WriteLine($"## {BriefWords.Sources}");
        output.WriteLine();
        foreach (BriefSource source in brief.Sources)
        {
            string copy = source.DuplicateOf is null ? "" : $" — {BriefWords.Copy} {source.DuplicateOf}";
            output.WriteLine($"- {source.Outlet ?? "?"}، {source.Published ?? "?"}: {source.Title ?? "(بلا عنوان)"} (`{source.Document}`){copy}");
        }
        output.WriteLine();

        output.WriteLine($"## {BriefWords.Evidence}");
        output.WriteLine();
        foreach (Citation c in brief.Citations)
        {
            output.WriteLine($"{c.Number}. «{c.Text}» — {c.Outlet ?? "?"}، {c.Published ?? "?"} (`{c.Document}` {c.Start}–{c.End})");
        }
    }

    private static string Cites(BriefLine line) => Cites(line.Citations);

    private static string Cites(IReadOnlyList<int> numbers) => string.Concat(numbers.Select(n => $"[{n}]"));
}
