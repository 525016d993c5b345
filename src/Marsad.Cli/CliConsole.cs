using Spectre.Console;

namespace Marsad.Cli;

/// <summary>
/// The streams a command talks to. Tests pass string writers; the real program passes the
/// process's streams. Colour goes to standard output only when it is a terminal, and progress bars
/// to standard error only when it is one, so piping results (or <c>--json</c>) never mixes escape
/// codes or bars into data.
/// </summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, Func<Stream> OpenInput, bool ErrorIsTerminal, bool OutIsTerminal = false)
{
    public static CliConsole FromSystem()
    {
        var output = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false)) { AutoFlush = true };
        var error = new StreamWriter(Console.OpenStandardError(), new System.Text.UTF8Encoding(false)) { AutoFlush = true };
        return new CliConsole(output, error, Console.OpenStandardInput, !Console.IsErrorRedirected, !Console.IsOutputRedirected);
    }

    /// <summary>A Spectre console over standard error, for live progress.</summary>
    public IAnsiConsole CreateAnsiError() => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Error),
        Ansi = ErrorIsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = ErrorIsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        Interactive = ErrorIsTerminal ? InteractionSupport.Yes : InteractionSupport.No,
    });
}
