using Marsad.Core.Documents;
using Marsad.Ingest.Reading;
using Marsad.Ingest.Text;

namespace Marsad.Ingest;

/// <summary>
/// Reads articles from files, folders (recursively) and standard input: <c>.txt</c>, <c>.html</c>,
/// <c>.htm</c>, <c>.json</c>, <c>.jsonl</c> and <c>.jsonl.gz</c>. Every bad input becomes one
/// <see cref="InputProblem"/> naming the file (and line) and the reason; the rest of the batch goes on.
/// <para>
/// Two stages: <see cref="ReadRaw"/> does the I/O, sequentially and in constant memory for JSON
/// Lines; <see cref="ArticleCleaner.Clean(RawItem)"/> is pure and may run in parallel
/// (<c>ReadRaw(…).AsParallel().AsOrdered().Select(reader.Cleaner.Clean)</c>). <see cref="Read"/> is both in one.
/// </para>
/// </summary>
public sealed class ArticleReader
{
    public ArticleReader(IngestOptions? options = null)
    {
        Options = options ?? IngestOptions.Default;
        Options.Validate();
        Cleaner = new ArticleCleaner(Options);
    }

    public IngestOptions Options { get; }

    /// <summary>The cleaning stage, built from the same options.</summary>
    public ArticleCleaner Cleaner { get; }

    /// <summary>Reads and cleans, one item per article or problem, in input order.</summary>
    public IEnumerable<IngestItem> Read(IEnumerable<string> paths, ReadTally? tally = null, CancellationToken cancellationToken = default) =>
        ReadRaw(paths, tally, cancellationToken).Select(Cleaner.Clean);

    /// <summary>Reads and cleans standard input (or any stream), sniffing its format.</summary>
    public IEnumerable<IngestItem> ReadStream(Stream input, string name, CancellationToken cancellationToken = default) =>
        ReadRawStream(input, name, cancellationToken).Select(Cleaner.Clean);

    /// <summary>
    /// The read stage: files in the order given, each folder's files recursively in ordinal path
    /// order. In a folder, files of other types are skipped and counted in <paramref name="tally"/>;
    /// a file named explicitly with an unknown extension is a problem.
    /// </summary>
    public IEnumerable<RawItem> ReadRaw(IEnumerable<string> paths, ReadTally? tally = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var file in InputWalker.Walk(paths))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!File.Exists(file.Path))
            {
                yield return RawItem.Failed(file.Path, "no such file or folder");
                continue;
            }
            if (file.Kind == InputKind.Unknown)
            {
                if (file.Explicit)
                {
                    yield return RawItem.Failed(file.Path, $"unknown file type \"{Path.GetExtension(file.Path)}\" (expected {InputKinds.Expected})");
                }
                else
                {
                    tally?.CountSkipped();
                }
                continue;
            }
            tally?.CountRead();
            foreach (var item in ReadFile(file, cancellationToken))
            {
                yield return item;
            }
        }
    }

    /// <summary>
    /// The read stage for a stream: gzip and JSON Lines stream line by line; JSON, HTML and text
    /// are read whole, up to the size limit. <paramref name="name"/> locates its problems ("stdin#3").
    /// </summary>
    public IEnumerable<RawItem> ReadRawStream(Stream input, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var head = new byte[StreamSniffer.HeadBytes];
        var headLength = input.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (headLength == 0)
        {
            return [RawItem.Failed(name, "empty input")];
        }
        var kind = StreamSniffer.Sniff(head.AsSpan(0, headLength));
        var stream = new PrefixedStream(head, headLength, input);
        if (kind is InputKind.JsonLines or InputKind.JsonLinesGzip)
        {
            return JsonLinesSource.Read(stream, name, kind == InputKind.JsonLinesGzip, Options.MaxArticleBytes, cancellationToken);
        }
        var bytes = BoundedRead.ReadAll(stream, Options.MaxArticleBytes);
        return bytes is null
            ? [RawItem.Failed(name, $"input is over the {SizeText.Of(Options.MaxArticleBytes)} article size limit")]
            : FromBytes(bytes, kind, name);
    }

    private IEnumerable<RawItem> ReadFile(InputFile file, CancellationToken cancellationToken)
    {
        if (file.Kind is InputKind.JsonLines or InputKind.JsonLinesGzip)
        {
            var stream = Open(file.Path, out var openProblem);
            return stream is null
                ? [openProblem]
                : JsonLinesSource.Read(stream, file.Path, file.Kind == InputKind.JsonLinesGzip, Options.MaxArticleBytes, cancellationToken);
        }
        var length = new FileInfo(file.Path).Length;
        if (length > Options.MaxArticleBytes)
        {
            return [RawItem.Failed(file.Path, $"file is {SizeText.Of(length)}, over the {SizeText.Of(Options.MaxArticleBytes)} article size limit")];
        }
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file.Path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return [RawItem.Failed(file.Path, "cannot read: " + exception.Message)];
        }
        return FromBytes(bytes, file.Kind, file.Path);
    }

    private static FileStream? Open(string path, out RawItem problem)
    {
        try
        {
            problem = default;
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problem = RawItem.Failed(path, "cannot read: " + exception.Message);
            return null;
        }
    }

    private static IReadOnlyList<RawItem> FromBytes(byte[] bytes, InputKind kind, string location)
    {
        if (kind == InputKind.Json)
        {
            return JsonDocumentReader.Read(bytes, location);
        }
        var decoded = kind == InputKind.Html ? HtmlDecoder.Decode(bytes) : TextDecoder.Decode(bytes);
        if (decoded.Text is not { } text)
        {
            return [RawItem.Failed(location, decoded.Problem ?? "unreadable")];
        }
        var format = kind == InputKind.Html ? RawFormat.Html : RawFormat.PlainText;
        return [RawItem.Ok(new RawDocument(location, format, text))];
    }
}
