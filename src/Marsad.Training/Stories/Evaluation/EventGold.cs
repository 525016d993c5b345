using Marsad.Training.Labels;

namespace Marsad.Training.Stories.Evaluation;

/// <summary>
/// Hand-labelled events over a corpus: each event with the articles that report it (at least two
/// outlets), and near-miss pairs (same day, same kind of event, different events). Read from the
/// tab-separated files under <c>tests/Marsad.Stories.Tests/Data/events/</c>; each row has a
/// <c>split</c> (<c>dev</c> for tuning; <c>test</c> and <c>fresh</c> held out of all tuning).
/// </summary>
public sealed record EventGold(IReadOnlyList<GoldEvent> Events, IReadOnlyList<NearMiss> NearMisses)
{
    /// <summary>Reads event files (<c>event_id split kind date description article_ids</c>) and near-miss files (<c>pair_id split kind date doc_a doc_b why</c>).</summary>
    /// <exception cref="FormatException">A line is malformed (the message names the file and line).</exception>
    public static EventGold Read(IEnumerable<string> eventFiles, IEnumerable<string> nearMissFiles)
    {
        ArgumentNullException.ThrowIfNull(eventFiles);
        ArgumentNullException.ThrowIfNull(nearMissFiles);
        var events = new List<GoldEvent>();
        foreach (string path in eventFiles)
        {
            foreach (var (number, f) in LabelRows.Read(path, 6))
            {
                string[] ids = [.. f[5].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
                if (ids.Length < 2)
                {
                    throw new FormatException($"{path}:{number}: an event needs at least two articles.");
                }
                events.Add(new GoldEvent(f[0], Split(path, number, f[1]), f[2], f[3], f[4], ids));
            }
        }
        var nearMisses = new List<NearMiss>();
        foreach (string path in nearMissFiles)
        {
            foreach (var (number, f) in LabelRows.Read(path, 6))
            {
                nearMisses.Add(new NearMiss(f[0], Split(path, number, f[1]), f[2], f[3], f[4], f[5]));
            }
        }
        return new EventGold(events, nearMisses);
    }

    /// <summary>Only the rows of one split (<see cref="Splits"/>); null keeps all.</summary>
    public EventGold Only(string? split) => split is null
        ? this
        : new EventGold([.. Events.Where(e => e.Split == split)], [.. NearMisses.Where(n => n.Split == split)]);

    /// <summary>The splits a label may name: dev (the model is tuned on it), test (held out) and fresh (a second held-out set, labelled after the design was tuned).</summary>
    public static IReadOnlyList<string> Splits { get; } = ["dev", "test", "fresh"];

    private static string Split(string path, int number, string value) => Splits.Contains(value)
        ? value
        : throw new FormatException($"{path}:{number}: split must be one of {string.Join(", ", Splits)}, not '{value}'.");

    /// <summary>Each labelled article's event; an article only in a near miss is an event of its own ("alone:ID").</summary>
    public Dictionary<string, string> EventOf()
    {
        var eventOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (GoldEvent e in Events)
        {
            foreach (string article in e.Articles)
            {
                eventOf.TryAdd(article, e.Id);
            }
        }
        foreach (NearMiss n in NearMisses)
        {
            eventOf.TryAdd(n.A, "alone:" + n.A);
            eventOf.TryAdd(n.B, "alone:" + n.B);
        }
        return eventOf;
    }
}
