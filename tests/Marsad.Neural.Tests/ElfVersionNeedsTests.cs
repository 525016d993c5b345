namespace Marsad.Neural.Tests;

public sealed class ElfVersionNeedsTests
{
    /// <summary>TorchSharp's native bridge, as its package puts it beside the test assembly.</summary>
    private static byte[] Bridge() => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "runtimes", "linux-x64", "native", "libLibTorchSharp.so"));

    [Fact]
    public void The_bridge_asks_for_libstdcxx_3_4_32_and_is_rewritten_to_3_4_30()
    {
        byte[] elf = Bridge();
        Assert.True(ElfVersionNeeds.Requires(elf, "GLIBCXX_3.4.32"));

        Assert.True(ElfVersionNeeds.Rewrite(elf, "GLIBCXX_3.4.32", "GLIBCXX_3.4.30"));

        Assert.False(ElfVersionNeeds.Requires(elf, "GLIBCXX_3.4.32"));
        Assert.True(ElfVersionNeeds.Requires(elf, "GLIBCXX_3.4.30"));
        Assert.False(ElfVersionNeeds.Rewrite(elf, "GLIBCXX_3.4.32", "GLIBCXX_3.4.30"));
    }

    [Fact]
    public void A_file_that_is_no_elf_is_refused() =>
        Assert.Throws<InvalidDataException>(() => ElfVersionNeeds.Requires(new byte[100], "GLIBCXX_3.4.32"));
}
