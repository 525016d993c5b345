using System.Text;

namespace Marsad.Ingest.Reading;

/// <summary>Legacy code pages (windows-1256, iso-8859-6), registered once before first use.</summary>
internal static class CodePages
{
    // Field initialisers run before a static constructor's body, so registration happens inside
    // the first initialiser rather than in a static constructor.
    public static Encoding Windows1256 { get; } = Get(1256);

    public static Encoding Iso88596 { get; } = Get(28596);

    private static Encoding Get(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage);
    }
}
