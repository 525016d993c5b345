using System.CommandLine;
using Marsad.Store;

namespace Marsad.Cli.Commands;

/// <summary>Opens the collection named by <c>--db</c>, or the per-user default; which backend a value names is <see cref="StoreFactory"/>'s to say.</summary>
internal static class StoreOpener
{
    public static Task<Collection> OpenAsync(ParseResult parse, CancellationToken cancellationToken) =>
        StoreFactory.OpenAsync(parse.GetValue(GlobalOptions.Database), cancellationToken: cancellationToken);
}
