using Marsad.Text.Tokenization;

namespace Marsad.Text.Tests.Tokenization;

public sealed class StringPoolTests
{
    [Fact]
    public void The_same_characters_give_the_same_string_object()
    {
        var pool = new StringPool(limit: 10);
        string first = pool.Get("الحكومة العراقية".AsSpan(0, 7));
        string second = pool.Get("في الحكومة".AsSpan(3));

        Assert.Equal("الحكومة", first);
        Assert.Same(first, second);
    }

    [Fact]
    public void A_full_pool_still_returns_equal_strings_but_keeps_no_more()
    {
        var pool = new StringPool(limit: 2);
        foreach (string word in new[] { "أمس", "اليوم", "غدا", "بعد" })
        {
            Assert.Equal(word, pool.Get(word));
        }

        Assert.Equal(2, pool.Count);
        Assert.NotSame(pool.Get("غدا"), pool.Get("غدا"));
    }

    [Fact]
    public void Long_strings_are_made_but_never_pooled()
    {
        var pool = new StringPool(limit: 10, longest: 4);

        Assert.Equal("العراقية", pool.Get("العراقية"));
        Assert.Equal(0, pool.Count);
        Assert.Same(string.Empty, pool.Get([]));
    }

    [Fact]
    public void Concurrent_callers_share_one_string_per_word()
    {
        var pool = new StringPool(limit: 1000);
        string[] words = [.. Enumerable.Range(0, 200).Select(i => "كلمة" + i)];
        var seen = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, 8, _ =>
        {
            foreach (string w in words)
            {
                seen.Add(pool.Get(w.AsSpan()));
            }
        });

        Assert.Equal(200, pool.Count);
        Assert.All(seen.GroupBy(s => s, StringComparer.Ordinal), g => Assert.True(g.All(s => ReferenceEquals(s, g.First()))));
    }
}
