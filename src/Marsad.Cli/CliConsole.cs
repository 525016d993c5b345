using Spectre.Console;

namespace Marsad.Cli;

/// <summary>
/// The streams a command talks to. Tests pass string writers; the real program passes the
/// process's streams. Progress bars go to <see cref="Error"/> only when it is a terminal, so
/// piping results (or <c>--json</c>) never mixes bars into data.
/// </summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, Func<Stream> OpenInput, bool ErrorIsTerminal)
{
    public static CliConsole FromSystem()
    {
        var output = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false)) { AutoFlush = true };
        var error = new StreamWriter(Console.OpenStandardError(), new System.Text.UTF8Encoding(false)) { AutoFlush = true };
        return new CliConsole(output, error, Console.OpenStandardInput, !Console.IsErrorRedirected);
    }

    /// <summary>A Spectre console over standard output, for tables and panels.</summary>
    public IAnsiConsole CreateAnsiOut() => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Out),
        Ansi = ReferenceEquals(Out, Console.Out) || ErrorIsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = ErrorIsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        Interactive = InteractionSupport.No,
    });

    /// <summary>A Spectre console over standard error, for live progress.</summary>
    public IAnsiConsole CreateAnsiError() => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Error),
        Ansi = ErrorIsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = ErrorIsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        Interactive = ErrorIsTerminal ? InteractionSupport.Yes : InteractionSupport.No,
    });
}
