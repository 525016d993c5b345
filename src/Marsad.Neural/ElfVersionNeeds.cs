using System.Buffers.Binary;
using System.Text;

namespace Marsad.Neural;

/// <summary>
/// Rewrites one symbol-version requirement of an ELF64 little-endian shared object (its
/// .gnu.version_r entry) to another version of the same library, name and hash both. TorchSharp's
/// native bridge is built against libstdc++ 13 and asks for GLIBCXX_3.4.32 for one symbol that
/// only its iostream header names (std::ios_base_library_init) and nothing calls; Debian 12 ships
/// libstdc++ 12 (3.4.30). Lowering the requirement lets it load there.
/// </summary>
internal static class ElfVersionNeeds
{
    private const uint VersionNeedSection = 0x6ffffffe;

    /// <summary>Whether the file requires version <paramref name="name"/> of some library.</summary>
    public static bool Requires(byte[] elf, string name) => Find(elf, name) is not null;

    /// <summary>Rewrites the requirement <paramref name="from"/> to <paramref name="to"/> (the same length); false when the file does not require it.</summary>
    public static bool Rewrite(byte[] elf, string from, string to)
    {
        ArgumentNullException.ThrowIfNull(elf);
        if (from.Length != to.Length)
        {
            throw new ArgumentException("A version name is rewritten in place: both names need the same length.", nameof(to));
        }
        if (Find(elf, from) is not (int aux, int name))
        {
            return false;
        }
        Encoding.ASCII.GetBytes(to).CopyTo(elf, name);
        BinaryPrimitives.WriteUInt32LittleEndian(elf.AsSpan(aux), Hash(to));
        return true;
    }

    /// <summary>Where the Vernaux entry naming <paramref name="version"/> is, and where its name is.</summary>
    private static (int Aux, int Name)? Find(byte[] elf, string version)
    {
        ReadOnlySpan<byte> b = elf;
        if (b.Length < 64 || b[0] != 0x7f || b[1] != (byte)'E' || b[2] != (byte)'L' || b[3] != (byte)'F' || b[4] != 2 || b[5] != 1)
        {
            throw new InvalidDataException("Not a 64-bit little-endian ELF file.");
        }
        long sectionOffset = BinaryPrimitives.ReadInt64LittleEndian(b[0x28..]);
        int entrySize = BinaryPrimitives.ReadUInt16LittleEndian(b[0x3a..]), count = BinaryPrimitives.ReadUInt16LittleEndian(b[0x3c..]);
        ReadOnlySpan<byte> Section(int i) => elf.AsSpan((int)(sectionOffset + (i * entrySize)), entrySize);
        for (int s = 0; s < count; s++)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(Section(s)[4..]) != VersionNeedSection)
            {
                continue;
            }
            int link = (int)BinaryPrimitives.ReadUInt32LittleEndian(Section(s)[40..]);
            long strings = BinaryPrimitives.ReadInt64LittleEndian(Section(link)[24..]);
            int need = (int)BinaryPrimitives.ReadInt64LittleEndian(Section(s)[24..]);
            while (true)
            {
                int auxCount = BinaryPrimitives.ReadUInt16LittleEndian(b[(need + 2)..]);
                int aux = need + (int)BinaryPrimitives.ReadUInt32LittleEndian(b[(need + 8)..]);
                for (int a = 0; a < auxCount; a++)
                {
                    int name = (int)(strings + BinaryPrimitives.ReadUInt32LittleEndian(b[(aux + 8)..]));
                    int end = b[name..].IndexOf((byte)0);
                    if (Encoding.ASCII.GetString(b.Slice(name, end)) == version)
                    {
                        return (aux, name);
                    }
                    aux += (int)BinaryPrimitives.ReadUInt32LittleEndian(b[(aux + 12)..]);
                }
                uint next = BinaryPrimitives.ReadUInt32LittleEndian(b[(need + 12)..]);
                if (next == 0)
                {
                    break;
                }
                need += (int)next;
            }
        }
        return null;
    }

    /// <summary>The System V ELF hash of a version name.</summary>
    private static uint Hash(string name)
    {
        uint h = 0;
        foreach (char c in name)
        {
            h = (h << 4) + c;
            uint g = h & 0xf0000000;
            if (g != 0)
            {
                h ^= g >> 24;
            }
            h &= ~g;
        }
        return h;
    }
}
