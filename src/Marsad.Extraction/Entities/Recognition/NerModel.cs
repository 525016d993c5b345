using System.IO.Compression;
using System.Text;

namespace Marsad.Extraction.Entities.Recognition;

/// <summary>
/// A trained structured perceptron: one weight row (one float per class) per hashed feature key,
/// a transition matrix, the tag set, and the gazetteer names it was trained with. Immutable.
/// Saved as gzip over a binary body; weights are stored as half floats, which changes no decision
/// worth keeping and halves the file.
/// </summary>
public sealed class NerModel
{
    private const string Magic = "MARSAD-NER";
    private const int FormatVersion = 3;

    /// <summary>Format 2 had no mined names; it is still read.</summary>
    private const int FirstFormatVersion = 2;

    public NerModel(TagSet tags, Dictionary<ulong, int> rows, float[] weights, float[] transitions, Gazetteer gazetteer, string description)
    {
        Tags = tags;
        Rows = rows;
        Weights = weights;
        Transitions = transitions;
        Gazetteer = gazetteer;
        Description = description;
        Table = new WeightTable(rows, weights, tags.Count);
    }

    private WeightTable Table { get; }

    public TagSet Tags { get; }

    public Dictionary<ulong, int> Rows { get; }

    /// <summary>Rows × classes, row-major.</summary>
    public float[] Weights { get; }

    public float[] Transitions { get; }

    public Gazetteer Gazetteer { get; }

    /// <summary>Free text saved with the model: how it was trained (command, seed, held-out score).</summary>
    public string Description { get; }

    /// <summary>Adds the weights of <paramref name="key"/> into <paramref name="scores"/>.</summary>
    public void Add(ulong key, Span<float> scores) => Table.Add(key, scores);

    public void Write(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8, leaveOpen: true);
        int c = Tags.Count;
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(Description);
        writer.Write(c);
        foreach (string tag in Tags.Classes)
        {
            writer.Write(tag);
        }

        foreach (float t in Transitions)
        {
            writer.Write(t);
        }

        string[] names = [.. Gazetteer.Names];
        writer.Write(names.Length);
        foreach (string name in names)
        {
            writer.Write(name);
        }

        (string Key, int Head)[] mined = [.. Gazetteer.Mined];
        writer.Write(mined.Length);
        foreach ((string minedKey, int head) in mined)
        {
            writer.Write(minedKey);
            writer.Write((byte)head);
        }

        // Keys sorted, written as deltas: the file then depends only on the weights, and compresses.
        var ordered = Rows.OrderBy(p => p.Key).ToArray();
        writer.Write(ordered.Length);
        ulong previous = 0;
        foreach ((ulong key, int row) in ordered)
        {
            writer.Write7BitEncodedInt64((long)(key - previous));
            previous = key;
            ReadOnlySpan<float> w = Weights.AsSpan(row * c, c);
            int mask = 0;
            for (int k = 0; k < c; k++)
            {
                mask |= (Half)w[k] != Half.Zero ? 1 << k : 0;
            }

            writer.Write((ushort)mask);
            for (int k = 0; k < c; k++)
            {
                if ((mask & (1 << k)) != 0)
                {
                    writer.Write((Half)w[k]);
                }
            }
        }
    }

    public static NerModel Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(gzip, Encoding.UTF8, leaveOpen: true);
        if (!string.Equals(reader.ReadString(), Magic, StringComparison.Ordinal))
        {
            throw new InvalidDataException("Not a Marsad NER model.");
        }

        int version = reader.ReadInt32();
        if (version is < FirstFormatVersion or > FormatVersion)
        {
            throw new InvalidDataException($"NER model format {version} is not supported (expected {FirstFormatVersion} to {FormatVersion}).");
        }

        string description = reader.ReadString();
        int c = reader.ReadInt32();
        if (c is <= 0 or > 16)
        {
            throw new InvalidDataException("NER model has an invalid class count.");
        }

        var classes = new string[c];
        for (int k = 0; k < c; k++)
        {
            classes[k] = reader.ReadString();
        }

        var transitions = new float[(c + 1) * c];
        for (int k = 0; k < transitions.Length; k++)
        {
            transitions[k] = reader.ReadSingle();
        }

        var names = new string[reader.ReadInt32()];
        for (int k = 0; k < names.Length; k++)
        {
            names[k] = reader.ReadString();
        }

        var minedNames = new (string, int)[version >= 3 ? reader.ReadInt32() : 0];
        for (int k = 0; k < minedNames.Length; k++)
        {
            minedNames[k] = (reader.ReadString(), reader.ReadByte());
        }

        int count = reader.ReadInt32();
        var rows = new Dictionary<ulong, int>(count);
        var weights = new float[count * c];
        ulong key = 0;
        for (int r = 0; r < count; r++)
        {
            key += (ulong)reader.Read7BitEncodedInt64();
            rows[key] = r;
            int mask = reader.ReadUInt16();
            for (int k = 0; k < c; k++)
            {
                if ((mask & (1 << k)) != 0)
                {
                    weights[(r * c) + k] = (float)reader.ReadHalf();
                }
            }
        }

        return new NerModel(new TagSet(classes), rows, weights, transitions, Gazetteer.FromKeys(names).WithMined(minedNames), description);
    }
}
