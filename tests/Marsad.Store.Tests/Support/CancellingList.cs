using Marsad.Core.Documents;

namespace Marsad.Store.Tests.Support;

/// <summary>A batch that cancels its token when item <c>cancelAt</c> is read, as a user's Ctrl+C mid-batch would.</summary>
internal sealed class CancellingList(IReadOnlyList<Article> items, int cancelAt, CancellationTokenSource source) : IReadOnlyList<Article>
{
    public Article this[int index]
    {
        get
        {
            if (index == cancelAt)
            {
                source.Cancel();
            }
            return items[index];
        }
    }

    public int Count => items.Count;

    public IEnumerator<Article> GetEnumerator() => Enumerable.Range(0, Count).Select(i => this[i]).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
