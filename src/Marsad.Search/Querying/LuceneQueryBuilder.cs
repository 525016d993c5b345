using Lucene.Net.Index;
using Lucene.Net.Search;
using Marsad.Search.Analysis;
using Marsad.Search.Indexing;
using Marsad.Text.Tokenization;

namespace Marsad.Search.Querying;

/// <summary>
/// Turns a parsed user query into Lucene's. Each word must match (AND across words) in any of
/// its forms: its base in the exact field, weighted most, so an article naming "السوداني"
/// outranks one that only shares the stem (السودان); else its stem. Titles count more than bodies.
/// </summary>
internal static class LuceneQueryBuilder
{
    /// <summary>Weight of a match on the clitic-free base word against one on the stem only.</summary>
    private const float ExactBoost = 2f;

    /// <summary>A word in the headline says more about the article than one in its body.</summary>
    private const float TitleBoost = 1.5f;

    private static readonly (string Exact, string Stem, float Boost)[] Fields =
    [
        (IndexFields.TextExact, IndexFields.TextStem, 1f),
        (IndexFields.TitleExact, IndexFields.TitleStem, TitleBoost),
    ];

    public static BuiltQuery Build(UserQuery userQuery)
    {
        var terms = new MatchTerms();
        var root = new BooleanQuery(disableCoord: true);
        var required = 0;
        foreach (var group in userQuery.Groups)
        {
            var alternatives = new BooleanQuery(disableCoord: true);
            foreach (var item in group.Alternatives)
            {
                var tokens = SearchAnalysis.Tokenize(item.Text).Where(t => SearchAnalysis.IsIndexed(t)).ToList();
                if (tokens.Count == 0)
                {
                    continue;
                }
                if (!group.Excluded)
                {
                    tokens.ForEach(t => terms.Add(t));
                }
                alternatives.Add(tokens.Count == 1 && !item.IsPhrase ? Word(tokens[0]) : Phrase(tokens), Occur.SHOULD);
            }
            if (alternatives.Clauses.Count == 0)
            {
                continue;
            }
            var clause = alternatives.Clauses.Count == 1 ? alternatives.Clauses[0].Query : alternatives;
            root.Add(clause, group.Excluded ? Occur.MUST_NOT : Occur.MUST);
            required += group.Excluded ? 0 : 1;
        }
        if (required == 0)
        {
            // Nothing wanted, perhaps something unwanted: start from every article.
            root.Add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return new BuiltQuery(root, terms);
    }

    private static BooleanQuery Word(Token token)
    {
        var stem = SearchAnalysis.Stem(token);
        var word = new BooleanQuery(disableCoord: true);
        foreach (var (exact, stemField, boost) in Fields)
        {
            word.Add(Term(exact, token.Base, ExactBoost * boost), Occur.SHOULD);
            word.Add(Term(stemField, stem, boost), Occur.SHOULD);
        }
        return word;
    }

    private static BooleanQuery Phrase(List<Token> tokens)
    {
        var phrase = new BooleanQuery(disableCoord: true);
        foreach (var (exact, stemField, boost) in Fields)
        {
            // The exact field holds bases, so the phrase matches whatever clitics its words carry.
            var onBases = new PhraseQuery { Boost = ExactBoost * boost };
            var onStems = new PhraseQuery { Boost = boost };
            foreach (var token in tokens)
            {
                onBases.Add(new Term(exact, token.Base));
                onStems.Add(new Term(stemField, SearchAnalysis.Stem(token)));
            }
            phrase.Add(onBases, Occur.SHOULD);
            phrase.Add(onStems, Occur.SHOULD);
        }
        return phrase;
    }

    private static TermQuery Term(string field, string text, float boost) => new(new Term(field, text)) { Boost = boost };
}
