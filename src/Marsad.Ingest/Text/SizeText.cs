using System.Globalization;

namespace Marsad.Ingest.Text;

/// <summary>Byte counts in the words a user reads in an error line.</summary>
internal static class SizeText
{
    public static string Of(long bytes) => bytes switch
    {
        >= 1024 * 1024 => (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture) + " MB",
        >= 1024 => (bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " KB",
        _ => bytes.ToString(CultureInfo.InvariantCulture) + " bytes",
    };
}
