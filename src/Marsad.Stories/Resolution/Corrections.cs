using System.Globalization;
using Marsad.Core.Analysis;

namespace Marsad.Stories.Resolution;

/// <summary>
/// The user's corrections, applied on every analysis: two names for one actor (<c>same-as</c>),
/// two actors that must stay apart (<c>not-same</c>), an actor's type (<c>type</c>), and who said
/// a quote (<c>speaker</c>, by document id and the quote's start offset). A tab-separated text
/// file; lines starting with # are comments:
/// <code>
/// same-as	السوداني	محمد شياع السوداني
/// not-same	مقتدى الصدر	الصدر
/// type	الحشد الشعبي	ORG
/// speaker	article-17	1204	وزارة الدفاع الأمريكية
/// </code>
/// </summary>
public sealed record Corrections(
    IReadOnlyList<(string Name, string OtherName)> SameAs,
    IReadOnlyList<(string Name, string OtherName)> NotSame,
    IReadOnlyList<(string Name, EntityType Type)> Types,
    IReadOnlyList<SpeakerCorrection> Speakers)
{
    public static Corrections None { get; } = new([], [], [], []);

    public bool IsEmpty => SameAs.Count == 0 && NotSame.Count == 0 && Types.Count == 0 && Speakers.Count == 0;

    /// <summary>Every correction, in order, as one hash: a story built with other corrections is another story.</summary>
    public string Fingerprint
    {
        get
        {
            var all = new System.Text.StringBuilder();
            foreach (var (name, other) in SameAs)
            {
                all.Append("same-as\t").Append(name).Append('\t').Append(other).Append('\n');
            }
            foreach (var (name, other) in NotSame)
            {
                all.Append("not-same\t").Append(name).Append('\t').Append(other).Append('\n');
            }
            foreach (var (name, type) in Types)
            {
                all.Append("type\t").Append(name).Append('\t').Append(type.ToContract()).Append('\n');
            }
            foreach (SpeakerCorrection speaker in Speakers)
            {
                all.Append("speaker\t").Append(speaker.Document).Append('\t').Append(speaker.Start.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(speaker.Speaker).Append('\n');
            }
            return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(all.ToString())));
        }
    }

    public static Corrections Load(string path)
    {
        using var reader = new StreamReader(path);
        return Parse(reader, path);
    }

    public static Corrections Parse(TextReader reader, string origin)
    {
        ArgumentNullException.ThrowIfNull(reader);
        List<(string, string)> sameAs = [], notSame = [];
        List<(string, EntityType)> types = [];
        List<SpeakerCorrection> speakers = [];
        int number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            string trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }
            string[] f = [.. trimmed.Split('\t').Select(x => x.Trim())];
            switch (f[0])
            {
                case "same-as" when f.Length == 3 && f[1].Length > 0 && f[2].Length > 0:
                    sameAs.Add((f[1], f[2]));
                    break;
                case "not-same" when f.Length == 3 && f[1].Length > 0 && f[2].Length > 0:
                    notSame.Add((f[1], f[2]));
                    break;
                case "type" when f.Length == 3 && EntityTypes.FromLabel(f[2]) is { } type:
                    types.Add((f[1], type));
                    break;
                case "speaker" when f.Length == 4 && int.TryParse(f[2], NumberStyles.None, CultureInfo.InvariantCulture, out int start) && f[3].Length > 0:
                    speakers.Add(new SpeakerCorrection(f[1], start, f[3]));
                    break;
                default:
                    throw new FormatException($"{origin}:{number}: expected 'same-as NAME NAME', 'not-same NAME NAME', 'type NAME PER|ORG|LOC' or 'speaker DOCUMENT START NAME', tab-separated.");
            }
        }
        return new Corrections(sameAs, notSame, types, speakers);
    }
}

/// <summary>The quote of document <paramref name="Document"/> that starts at <paramref name="Start"/> was said by <paramref name="Speaker"/>.</summary>
public sealed record SpeakerCorrection(string Document, int Start, string Speaker);
