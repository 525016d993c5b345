using System.CommandLine;
using Marsad.Cli.Output;
using Marsad.Ingest;
using Marsad.Ingest.Outlets;

namespace Marsad.Cli.Commands;

/// <summary>
/// The inputs and reading options of every command that reads articles (<c>ingest</c>,
/// <c>analyze</c>): declared once so both read, limit and name outlets the same way.
/// A new instance per command, since an option belongs to one command.
/// </summary>
internal sealed class ReadingOptions
{
    public Argument<string[]> Paths { get; } = new("PATH")
    {
        Description = "Files or folders to read (folders are read recursively), or - for standard input. " +
                      "Reads .txt, .html/.htm, .json, .jsonl and .jsonl.gz.",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<string> MaxSize { get; } = new("--max-size")
    {
        Description = "The largest single article accepted, e.g. 20MB (default) or 500KB. Larger ones are reported and skipped; " +
                      "a big .jsonl.gz corpus is fine, since it is read one line at a time.",
        DefaultValueFactory = _ => "20MB",
        HelpName = "SIZE",
    };

    public Option<string?> Outlets { get; } = new("--outlets")
    {
        Description = "A TSV file of extra outlet names (canonical name, then aliases and web domains, tab-separated) " +
                      "so that e.g. \"الشرق الأوسط\", aawsat and aawsat.com are filed as one outlet.",
        HelpName = "FILE",
    };

    public void AddTo(Command command)
    {
        command.Add(Paths);
        command.Add(MaxSize);
        command.Add(Outlets);
    }

    /// <summary>The reader the parsed options ask for.</summary>
    /// <exception cref="UsageException">The outlets file does not exist or the size does not parse.</exception>
    public ArticleReader CreateReader(ParseResult parse) => new(CreateOptions(parse));

    /// <summary>How the parsed options ask articles to be read and cleaned.</summary>
    /// <exception cref="UsageException">The outlets file does not exist or the size does not parse.</exception>
    public IngestOptions CreateOptions(ParseResult parse)
    {
        string? outletsFile = parse.GetValue(Outlets);
        if (outletsFile is not null && !File.Exists(outletsFile))
        {
            throw new UsageException($"--outlets '{outletsFile}': no such file.");
        }
        return IngestOptions.Default with
        {
            MaxArticleBytes = ByteSize.Parse(parse.GetValue(MaxSize)!, "--max-size"),
            Outlets = outletsFile is null ? OutletTable.Default : OutletTable.Load(outletsFile),
        };
    }
}
