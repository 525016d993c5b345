using System.IO.Compression;
using System.Text;

namespace Marsad.Extraction.Entities.Tagging;

/// <summary>
/// The saved form of a tagger: gzip over a binary body — a magic word and version, the classes,
/// then each feature with only its non-zero weights (most features fire for one or two classes,
/// so storing them sparse is what keeps the file small).
/// </summary>
internal static class TaggerModel
{
    private const string Magic = "MARSAD-TAGGER";
    private const int Version = 1;

    public static void Write(AveragedPerceptron model, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionLevel.Optimal, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(model.Classes.Count);
        foreach (string c in model.Classes)
        {
            writer.Write(c);
        }

        writer.Write(model.FeatureCount);
        foreach ((string feature, float[] weights) in model.Weights)
        {
            writer.Write(feature);
            writer.Write((byte)weights.Count(w => w != 0f));
            for (int c = 0; c < weights.Length; c++)
            {
                if (weights[c] != 0f)
                {
                    writer.Write((byte)c);
                    writer.Write(weights[c]);
                }
            }
        }
    }

    public static AveragedPerceptron Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(gzip, Encoding.UTF8, leaveOpen: true);
        if (!string.Equals(reader.ReadString(), Magic, StringComparison.Ordinal))
        {
            throw new InvalidDataException("Not a Marsad tagger model.");
        }

        int version = reader.ReadInt32();
        if (version != Version)
        {
            throw new InvalidDataException($"Tagger model version {version} is not supported (expected {Version}).");
        }

        int classCount = reader.ReadInt32();
        if (classCount is <= 0 or > byte.MaxValue)
        {
            throw new InvalidDataException("Tagger model has an invalid class count.");
        }

        var classes = new string[classCount];
        for (int c = 0; c < classCount; c++)
        {
            classes[c] = reader.ReadString();
        }

        int featureCount = reader.ReadInt32();
        if (featureCount < 0)
        {
            throw new InvalidDataException("Tagger model has an invalid feature count.");
        }

        var weights = new Dictionary<string, float[]>(featureCount, StringComparer.Ordinal);
        for (int f = 0; f < featureCount; f++)
        {
            string feature = reader.ReadString();
            var row = new float[classCount];
            int nonZero = reader.ReadByte();
            for (int k = 0; k < nonZero; k++)
            {
                int c = reader.ReadByte();
                if (c >= classCount)
                {
                    throw new InvalidDataException("Tagger model names a class it does not have.");
                }

                row[c] = reader.ReadSingle();
            }

            weights[feature] = row;
        }

        return new AveragedPerceptron(classes, weights);
    }
}
