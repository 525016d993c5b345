namespace Marsad.Cli;

/// <summary>What the process tells the shell; scripts rely on these three values.</summary>
internal static class ExitCodes
{
    /// <summary>Everything asked for was done.</summary>
    public const int Ok = 0;

    /// <summary>The command ran, but some inputs failed (each was reported) or something asked for was not found.</summary>
    public const int SomeFailed = 1;

    /// <summary>The command line itself was wrong: unknown command or option, missing argument, bad value.</summary>
    public const int Usage = 2;
}
