using Xunit.Abstractions;

namespace Marsad.Ingest.Tests.Seeds;

/// <summary>
/// The five sample pages in ../shared/corpus/seeds, read as any unseen page would be: the
/// assertions are general properties, not values copied from the files.
/// </summary>
public sealed class SeedArticlesTests(ITestOutputHelper output)
{
    private static readonly string[] FurnitureLines = ["زر الذهاب إلى الأعلى", "اظهر المزيد", "مقالات ذات صلة", "Latest posts by", "رابط المقال", "المصادر"];

    [SharedFact("corpus/seeds")]
    public void Read_SeedPages_FindTitleBylineDateAndRemoveFurniture()
    {
        string seeds = SharedInput.PathOf("corpus/seeds");
        var reader = new ArticleReader();
        var files = Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var item = Assert.Single(reader.Read([file]));
            Assert.True(item.Article is not null, item.Problem?.ToString());
            var article = item.Article!;
            var raw = File.ReadAllText(file);
            output.WriteLine($"{Path.GetFileName(file)}: title={article.Title} | author={article.Author} | date={article.Published} | outlet={article.Outlet} | url={article.Url}");

            Assert.False(string.IsNullOrWhiteSpace(article.Title));
            Assert.DoesNotContain(article.Title!, article.Text, StringComparison.Ordinal);
            foreach (var line in article.Text.Split('\n'))
            {
                foreach (var furniture in FurnitureLines)
                {
                    Assert.False(line.StartsWith(furniture, StringComparison.Ordinal), $"{file}: furniture line left: {line}");
                }
            }
            if (HasBylineMarker(raw))
            {
                Assert.False(string.IsNullOrWhiteSpace(article.Author), $"{file}: a byline is on the page but no author was found");
            }
            if (HasDateline(raw))
            {
                Assert.NotNull(article.Published);
            }
            Assert.DoesNotContain("\n\n\n", article.Text, StringComparison.Ordinal);
        }
    }

    /// <summary>Byline markers on a line of their own near the top or at the foot (general shapes, not these pages' words).</summary>
    private static bool HasBylineMarker(string raw) =>
        raw.Split('\n').Select(l => l.Trim()).Where(l => l.Length is > 0 and < 80).Any(l =>
            l.StartsWith("كتبه ", StringComparison.Ordinal) || l.StartsWith("بقلم", StringComparison.Ordinal)
            || l.StartsWith("تحليل :", StringComparison.Ordinal) || l.StartsWith("تحليل:", StringComparison.Ordinal)
            || l.StartsWith("Latest posts by", StringComparison.Ordinal));

    /// <summary>A short line carrying a year (a dateline) within the first lines of the page.</summary>
    private static bool HasDateline(string raw) =>
        raw.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Take(6)
            .Any(l => l.Length < 80 && System.Text.RegularExpressions.Regex.IsMatch(l, "(19|20)[0-9]{2}"));
}
