using System.Runtime.InteropServices;

namespace Marsad.Neural;

/// <summary>
/// Makes LibTorch loadable before TorchSharp's first call. TorchSharp looks for its native
/// libraries in a <c>cpu</c> folder beside its assembly; this fills that folder from the NuGet
/// package folder (links to LibTorch's libraries, which a build with <c>-p:LibTorch=true</c>
/// downloads there, and a copy of TorchSharp's bridge), lowering the bridge's libstdc++ version
/// requirement where the system's libstdc++ is older than the one it was built with (<see cref="ElfVersionNeeds"/>).
/// </summary>
public static class TorchNative
{
    private const string LibTorchPackage = "libtorch-cpu-linux-x64/2.10.0", TorchSharpPackage = "torchsharp/0.107.0";
    private const string Bridge = "libLibTorchSharp.so", NeededVersion = "GLIBCXX_3.4.32", SystemVersion = "GLIBCXX_3.4.30";
    private static readonly object Gate = new();
    private static bool _ready;

    /// <exception cref="InvalidOperationException">LibTorch is not in the NuGet package folder (the message says how to get it).</exception>
    public static void Prepare()
    {
        lock (Gate)
        {
            Link();
            // Load the native backend now: a first call into torch.nn, unlike one into torch,
            // would not, and would look for the bridge where it is not.
            TorchSharp.torch.InitializeDeviceType(TorchSharp.DeviceType.CPU);
        }
    }

    private static void Link()
    {
        if (_ready || !OperatingSystem.IsLinux() || RuntimeInformation.ProcessArchitecture != Architecture.X64)
        {
            _ready = true;
            return;
        }
        string folder = Path.Combine(AppContext.BaseDirectory, "cpu");
        if (File.Exists(Path.Combine(folder, Bridge)) && File.Exists(Path.Combine(folder, "libtorch_cpu.so")))
        {
            _ready = true;
            return;
        }
        string packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } set ? set
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        string libTorch = Path.Combine(packages, LibTorchPackage, "runtimes", "linux-x64", "native");
        string bridge = Path.Combine(packages, TorchSharpPackage, "runtimes", "linux-x64", "native", Bridge);
        if (!Directory.Exists(libTorch) || !File.Exists(bridge))
        {
            throw new InvalidOperationException(
                $"LibTorch is not in the NuGet package folder ({libTorch}). Build with it once: dotnet build src/Marsad.Cli -c Release -p:LibTorch=true");
        }
        Directory.CreateDirectory(folder);
        foreach (string library in Directory.GetFiles(libTorch))
        {
            string link = Path.Combine(folder, Path.GetFileName(library));
            if (!File.Exists(link))
            {
                File.CreateSymbolicLink(link, library);
            }
        }
        byte[] elf = File.ReadAllBytes(bridge);
        if (!SystemHas(NeededVersion))
        {
            ElfVersionNeeds.Rewrite(elf, NeededVersion, SystemVersion);
        }
        string temporary = Path.Combine(folder, Bridge + ".tmp");
        File.WriteAllBytes(temporary, elf);
        File.Move(temporary, Path.Combine(folder, Bridge), overwrite: true);
        _ready = true;
    }

    /// <summary>Whether the system's libstdc++ provides a symbol version.</summary>
    private static bool SystemHas(string version)
    {
        foreach (string path in (string[])["/usr/lib/x86_64-linux-gnu/libstdc++.so.6", "/usr/lib64/libstdc++.so.6", "/lib/x86_64-linux-gnu/libstdc++.so.6"])
        {
            if (File.Exists(path))
            {
                byte[] bytes = File.ReadAllBytes(path);
                return bytes.AsSpan().IndexOf(System.Text.Encoding.ASCII.GetBytes(version + "\0")) >= 0;
            }
        }
        return false;
    }
}
