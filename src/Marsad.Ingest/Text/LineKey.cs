using System.Text;
using Marsad.Text.Normalization;

namespace Marsad.Ingest.Text;

/// <summary>
/// The comparison key of a short line: folded Arabic, lower-case Latin, every run of digits one
/// <c>0</c>, punctuation and symbols as word breaks. "اقرأ أيضاً:" and "إقرأ ايضا" share the key
/// "اقرا ايضا"; "الرياض 26 شوال" and "الرياض 25 شوال" share "الرياض 0 شوال". The furniture model
/// stores these keys, so changing this function means retraining (bump the model version).
/// </summary>
internal static class LineKey
{
    public static string Of(ReadOnlySpan<char> line)
    {
        var builder = new StringBuilder(line.Length);
        var pendingSpace = false;
        var lastWasDigit = false;
        foreach (var raw in line)
        {
            var c = ArabicNormalizer.Search.FoldChar(raw);
            if (c == '\0')
            {
                continue;
            }
            if (char.IsAsciiDigit(c))
            {
                if (!lastWasDigit)
                {
                    AppendPendingSpace(builder, ref pendingSpace);
                    builder.Append('0');
                }
                lastWasDigit = true;
                continue;
            }
            lastWasDigit = false;
            if (char.IsLetter(c))
            {
                AppendPendingSpace(builder, ref pendingSpace);
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingSpace = builder.Length > 0;
            }
        }
        return builder.ToString();
    }

    private static void AppendPendingSpace(StringBuilder builder, ref bool pendingSpace)
    {
        if (pendingSpace)
        {
            builder.Append(' ');
            pendingSpace = false;
        }
    }
}
