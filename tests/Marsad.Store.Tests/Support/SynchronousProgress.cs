namespace Marsad.Store.Tests.Support;

/// <summary>Reports on the calling thread (<see cref="Progress{T}"/> posts to a context, too late for an assertion).</summary>
internal sealed class SynchronousProgress(Action<int> report) : IProgress<int>
{
    public void Report(int value) => report(value);
}
