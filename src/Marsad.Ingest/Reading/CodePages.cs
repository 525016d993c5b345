using System.Text;

namespace Marsad.Ingest.Reading;

/// <summary>Legacy code pages (windows-1256, iso-8859-6), registered once before first use.</summary>
internal static class CodePages
{
    static CodePages() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Windows1256 { get; } = Encoding.GetEncoding(1256);

    public static Encoding Iso88596 { get; } = Encoding.GetEncoding(28596);
}
