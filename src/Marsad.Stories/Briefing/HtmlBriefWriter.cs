using System.Net;

namespace Marsad.Stories.Briefing;

/// <summary>
/// A <see cref="Brief"/> as one self-contained right-to-left HTML page: no script, no external
/// file; the timeline drawn as a line with a dot per event (hollow for plans and deadlines);
/// every [n] links to its evidence, which names the article and the exact characters.
/// </summary>
public static class HtmlBriefWriter
{
    private const string Style = """
        :root { --ink:#1d2433; --muted:#5b6475; --line:#d5dae3; --accent:#0f5c8c; --plan:#b26b00; --bad:#a3261b; }
        * { box-sizing:border-box; }
        body { margin:0; font-family:"Noto Naskh Arabic","Amiri","Segoe UI",Tahoma,sans-serif; color:var(--ink); background:#f6f7f9; line-height:1.8; }
        main { max-width:960px; margin:0 auto; padding:2rem 1.5rem 4rem; background:#fff; }
        h1 { font-size:1.9rem; margin:0 0 .25rem; } h2 { font-size:1.3rem; margin:2.2rem 0 .8rem; border-bottom:2px solid var(--line); padding-bottom:.3rem; }
        .meta { color:var(--muted); } sup a { color:var(--accent); text-decoration:none; font-size:.8em; }
        ul { padding-inline-start:1.2rem; } li { margin:.35rem 0; }
        table { width:100%; border-collapse:collapse; } th, td { text-align:start; vertical-align:top; padding:.45rem .5rem; border-bottom:1px solid var(--line); }
        th { color:var(--muted); font-weight:normal; font-size:.9rem; }
        .stance { display:inline-block; padding:0 .6rem; border-radius:1rem; font-size:.85rem; background:#eef1f5; }
        .stance.for { background:#e3f3e6; } .stance.against { background:#fbe4e1; } .stance.sceptical { background:#fff1d6; }
        blockquote { margin:.3rem 0; padding:.2rem .8rem; border-inline-start:3px solid var(--line); color:#333; }
        .timeline { position:relative; margin:1rem 0; padding-inline-start:2rem; }
        .timeline::before { content:""; position:absolute; inset-inline-start:.55rem; top:.4rem; bottom:.4rem; width:2px; background:var(--accent); }
        .event { position:relative; margin:0 0 1rem; }
        .event::before { content:""; position:absolute; inset-inline-start:-1.75rem; top:.55rem; width:.8rem; height:.8rem; border-radius:50%; background:var(--accent); border:2px solid var(--accent); }
        .event.planned::before { background:#fff; border-color:var(--plan); }
        .event .date { font-weight:bold; } .event.planned .date { color:var(--plan); }
        .conflict h3 { font-size:1.05rem; margin:1rem 0 .3rem; } .conflict .kind { color:var(--bad); font-size:.85rem; }
        .evidence li { font-size:.92rem; } .evidence :target { background:#fff6c9; }
        code { font-size:.8rem; color:var(--muted); direction:ltr; unicode-bidi:embed; }
        """;

    public static void Write(TextWriter output, Brief brief)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(brief);
        output.WriteLine("<!DOCTYPE html>");
        output.WriteLine("<html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">");
        output.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        output.WriteLine($"<title>{E(brief.Title)}</title><style>{Style}</style></head><body><main>");
        output.WriteLine($"<h1>{E(brief.Title)}</h1>");
        output.WriteLine($"<p class=\"meta\">{E(BriefWords.Count(brief.Articles, brief.IndependentArticles))}{E(BriefWords.Span(brief.From, brief.To))}</p>");

        output.WriteLine($"<h2>{BriefWords.Summary}</h2><ul>");
        foreach (BriefLine line in brief.Summary)
        {
            output.WriteLine($"<li>{E(line.Text)}{Cites(line.Citations)}</li>");
        }
        output.WriteLine("</ul>");

        output.WriteLine($"<h2>{BriefWords.Actors}</h2>");
        if (brief.Question is not null)
        {
            output.WriteLine($"<p class=\"meta\">{BriefWords.Question}: {E(brief.Question)}</p>");
        }
        output.WriteLine("<table><tr><th>الطرف</th><th>الموقف</th><th>من أقواله</th></tr>");
        foreach (BriefActor actor in brief.Actors)
        {
            string aliases = actor.Aliases.Count == 0 ? "" : $"<br><span class=\"meta\">{E(string.Join("، ", actor.Aliases.Take(4)))}</span>";
            string quotes = string.Concat(actor.Quotes.Select(q => $"<blockquote>«{E(q.Text)}»{Cites(q.Citations)}</blockquote>"));
            string role = actor.Role is null ? "" : $"<br>{E(actor.Role)}";
            output.WriteLine($"<tr><td><strong>{E(actor.Name)}</strong> <span class=\"meta\">({BriefWords.Kind(actor.Type)}، {BriefWords.Articles(actor.Articles)})</span>{role}{aliases}</td>" +
                             $"<td><span class=\"stance {E(actor.Stance ?? "none")}\">{BriefWords.Stance(actor.Stance)}</span></td><td>{quotes}</td></tr>");
        }
        output.WriteLine("</table>");

        output.WriteLine($"<h2>{BriefWords.Timeline}</h2>");
        if (brief.Timeline.Count == 0)
        {
            output.WriteLine($"<p class=\"meta\">{BriefWords.NoTimeline}</p>");
        }
        else
        {
            output.WriteLine("<div class=\"timeline\">");
            foreach (BriefEvent e in brief.Timeline)
            {
                output.WriteLine($"<div class=\"event {E(e.Status)}\"><span class=\"date\">{E(e.Date ?? "?")}</span> <span class=\"meta\">({BriefWords.Status(e.Status)})</span><br>{E(e.Summary)}{Cites(e.Citations)}</div>");
            }
            output.WriteLine("</div>");
        }

        output.WriteLine($"<h2>{BriefWords.Numbers}</h2>");
        if (brief.Figures.Count > 0)
        {
            output.WriteLine($"<h3>{BriefWords.Figures}</h3><ul>");
            foreach (BriefFigure figure in brief.Figures)
            {
                output.WriteLine($"<li><b>{E(figure.Topic)}</b>: {string.Join(" · ", figure.Values.Select(v => E(v.Text) + Cites(v.Citations)))}</li>");
            }
            output.WriteLine($"</ul><h3>{BriefWords.Disagreements}</h3>");
        }
        if (brief.Conflicts.Count == 0)
        {
            output.WriteLine($"<p class=\"meta\">{BriefWords.NoConflicts}</p>");
        }
        foreach (BriefConflict conflict in brief.Conflicts)
        {
            output.WriteLine($"<div class=\"conflict\"><h3>{E(conflict.Topic)} <span class=\"kind\">{BriefWords.ConflictKind(conflict.Kind)}</span></h3><ul>");
            foreach (BriefLine claim in conflict.Claims)
            {
                output.WriteLine($"<li>{E(claim.Text)}{Cites(claim.Citations)}</li>");
            }
            output.WriteLine("</ul></div>");
        }

        output.WriteLine($"<h2>{BriefWords.Sources}</h2><ul>");
        foreach (BriefSource source in brief.Sources)
        {
            string copy = source.DuplicateOf is null ? "" : $" <span class=\"meta\">— {BriefWords.Copy} <code>{E(source.DuplicateOf)}</code></span>";
            output.WriteLine($"<li>{E(source.Outlet ?? "?")}، {E(source.Published ?? "?")}: {E(source.Title ?? "(بلا عنوان)")} <code>{E(source.Document)}</code>{copy}</li>");
        }
        output.WriteLine("</ul>");

        output.WriteLine($"<h2>{BriefWords.Evidence}</h2><ol class=\"evidence\">");
        foreach (Citation c in brief.Citations)
        {
            output.WriteLine($"<li id=\"c{c.Number}\">«{E(c.Text)}» — {E(c.Outlet ?? "?")}، {E(c.Published ?? "?")} <code>{E(c.Document)} {c.Start}–{c.End}</code></li>");
        }
        output.WriteLine("</ol></main></body></html>");
    }

    private static string Cites(IReadOnlyList<int> numbers) =>
        string.Concat(numbers.Select(n => $"<sup><a href=\"#c{n}\">[{n}]</a></sup>"));

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
