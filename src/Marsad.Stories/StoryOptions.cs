using System.Security.Cryptography;
using System.Text;
using Marsad.Stories.Resolution;

namespace Marsad.Stories;

/// <summary>What a user adds to a story analysis: their alias table, their corrections, and the central question when they know it.</summary>
public sealed record StoryOptions(AliasTable Aliases, Corrections Corrections, string? Question = null)
{
    /// <summary>The shipped alias table, no corrections, the question found automatically.</summary>
    public static StoryOptions Default => new(AliasTable.Load(), Corrections.None);

    /// <summary>
    /// Everything a story depends on besides its articles, as one hash: these options' content and
    /// the code that builds a story (the build identity of the assemblies it runs, which changes
    /// with any change to them). A story kept under this key is the story these options would
    /// build now from the same articles.
    /// </summary>
    public string Fingerprint
    {
        get
        {
            var all = new StringBuilder()
                .Append("aliases ").Append(Aliases.Fingerprint).Append('\n')
                .Append("corrections ").Append(Corrections.Fingerprint).Append('\n')
                .Append("question ").Append(Question ?? "(found)").Append('\n');
            foreach (var type in new[] { typeof(StoryOptions), typeof(Core.Stories.StoryAnalysis), typeof(Text.Names.NameForm) })
            {
                all.Append("code ").Append(type.Assembly.GetName().Name).Append(' ').Append(type.Assembly.ManifestModule.ModuleVersionId.ToString("N")).Append('\n');
            }
            return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(all.ToString())));
        }
    }
}
