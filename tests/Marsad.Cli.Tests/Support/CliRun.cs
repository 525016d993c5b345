using System.Text;

namespace Marsad.Cli.Tests.Support;

/// <summary>Runs the CLI in-process with captured streams, as a shell would.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Invoke(params string[] args) => InvokeWithInput(null, args);

    public static CliRun InvokeWithInput(string? standardInput, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var input = Encoding.UTF8.GetBytes(standardInput ?? "");
        var console = new CliConsole(output, error, () => new MemoryStream(input), ErrorIsTerminal: false);
        var code = MarsadApp.Run(args, console);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
