using System.Diagnostics;

namespace Marsad.Testing;

/// <summary>
/// Runs the contract's own checker (<c>shared/tools/check-analysis.py</c>) on a file. Null when
/// the shared folder or python3 is missing, so callers can skip saying why.
/// </summary>
public static class ContractChecker
{
    public static (int ExitCode, string Output)? Check(string path)
    {
        if (RepoPaths.Shared() is not { } shared)
        {
            return null;
        }
        string script = Path.Combine(shared, "tools", "check-analysis.py");
        if (!File.Exists(script))
        {
            return null;
        }
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(path);
        try
        {
            using var process = Process.Start(start)!;
            string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
