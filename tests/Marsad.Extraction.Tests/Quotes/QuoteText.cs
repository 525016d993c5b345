using System.Text;
using Marsad.Core.Analysis;
using Marsad.Extraction.Entities;
using Marsad.Extraction.Quotes;

namespace Marsad.Extraction.Tests.Quotes;

/// <summary>
/// Builds a test article from light markup: [P|name], [O|name] and [L|name] are recognised
/// person, organisation and place mentions; {2024-01-25|25 يناير} is a date mention with its value.
/// The markup is removed from the text and the mentions point into what remains.
/// </summary>
internal sealed record QuoteText(string Text, List<EntityMention> Entities, List<DateMention> Dates)
{
    public static QuoteText Parse(string markup)
    {
        var text = new StringBuilder();
        var entities = new List<EntityMention>();
        var dates = new List<DateMention>();
        int i = 0;
        while (i < markup.Length)
        {
            char c = markup[i];
            if ((c == '[' || c == '{') && i + 2 < markup.Length && markup.IndexOf('|', i) is int bar and > 0)
            {
                char closer = c == '[' ? ']' : '}';
                int close = markup.IndexOf(closer, bar);
                string label = markup[(i + 1)..bar];
                string body = markup[(bar + 1)..close];
                int start = text.Length;
                text.Append(body);
                if (c == '[')
                {
                    EntityType type = label switch { "P" => EntityType.Person, "O" => EntityType.Organization, _ => EntityType.Location };
                    entities.Add(new EntityMention(start, text.Length, body, type, 0.9));
                }
                else
                {
                    dates.Add(new DateMention(start, text.Length, body, label, null));
                }

                i = close + 1;
                continue;
            }

            text.Append(c);
            i++;
        }

        return new QuoteText(text.ToString(), entities, dates);
    }

    public IReadOnlyList<QuoteMention> Find() => QuoteFinder.Find(Text, Entities, Dates);

    /// <summary>Finds the quotes of <paramref name="markup"/> and checks the invariants every quote must keep.</summary>
    public static IReadOnlyList<QuoteMention> FindIn(string markup)
    {
        QuoteText article = Parse(markup);
        IReadOnlyList<QuoteMention> quotes = article.Find();
        foreach (QuoteMention quote in quotes)
        {
            QuoteInvariants.Check(article.Text, quote, article.Entities);
        }

        return quotes;
    }

    public static QuoteMention Single(string markup) => Assert.Single(FindIn(markup));
}
