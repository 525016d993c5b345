using System.Text.Json;
using Marsad.Search.Tests.Support;

namespace Marsad.Search.Tests;

public sealed class SearchResultsJsonTests
{
    [Fact]
    public void ToJson_Results_HaveTheDocumentedShape()
    {
        var results = new SearchResults(7, [
            new SearchHit("a", "عنوان", "رووداو", Articles.Parse("2024-01-13T01:30:00+03:00"), 1.23456789f, "قالَ النفط", [new TextSpan(5, 10)]),
            new SearchHit("b", null, null, null, 0.5f, "", []),
        ]);

        var json = SearchResultsJson.ToJson(results);

        Assert.Equal(
            """{"total":7,"results":[{"id":"a","title":"عنوان","outlet":"رووداو","published":"2024-01-13","score":1.2346,"snippet":"قالَ النفط","highlights":[[5,10]]},{"id":"b","title":null,"outlet":null,"published":null,"score":0.5,"snippet":"","highlights":[]}]}""",
            json);
    }

    [Fact]
    public void ToJson_Highlights_IndexTheSnippetAsJsonReadersSeeIt()
    {
        using var index = new IndexFixture();
        index.With(Articles.Make("a", "في بغداد، قالَ رئيسُ الـوزراءِ إنّ الحكومةَ ماضيةٌ في خطتها."));

        using var json = JsonDocument.Parse(SearchResultsJson.ToJson(index.Search("الوزراء")));

        var hit = json.RootElement.GetProperty("results")[0];
        var snippet = hit.GetProperty("snippet").GetString()!;
        var span = hit.GetProperty("highlights")[0];
        var (start, end) = (span[0].GetInt32(), span[1].GetInt32());
        Assert.Equal("الـوزراءِ", snippet[start..end]);
    }
}
