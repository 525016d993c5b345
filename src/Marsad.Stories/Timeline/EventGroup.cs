using Marsad.Core.Stories;
using Marsad.Core.Digests;


namespace Marsad.Stories.Timeline;

/// <summary>
/// One event of a story while its reports are gathered: the sentences that report it (one per
/// source document), its date (the most precise one a source gives outright) and its actors.
/// </summary>
internal sealed class EventGroup
{
    /// <summary>
    /// How many days before its publication an undated past event may have taken place and still be
    /// one with a dated report: news of an attack is published that day or the next.
    /// </summary>
    private const int PublicationLagDays = 2;

    private readonly List<SentenceEvent> _reports = [];
    private readonly HashSet<string> _documents = new(StringComparer.Ordinal);

    public EventGroup(SentenceEvent first)
    {
        Kind = first.Kind;
        Planned = first.Planned;
        Date = first.Date;
        DateFromPublication = first.DateFromPublication;
        Entities = new EntityKeys();
        Seed = first.Entities;
        Add(first);
    }

    public string Kind { get; }

    public bool Planned { get; }

    public string Date { get; private set; }

    public bool DateFromPublication { get; private set; }

    /// <summary>Every actor the reports name, for the entry.</summary>
    public EntityKeys Entities { get; }

    /// <summary>
    /// The actors of the first report, which later reports are matched against: matching the growing
    /// union instead lets one report that names many actors chain unrelated events together.
    /// </summary>
    private EntityKeys Seed { get; }

    public IReadOnlyList<SentenceEvent> Reports => _reports;

    /// <summary>
    /// Whether <paramref name="report"/> tells of this event: same kind and status, a compatible date,
    /// no two different places, and a shared actor or place (or, when either names none, the very
    /// same date: within one story an unnamed place is most likely the story's own).
    /// </summary>
    public bool Accepts(SentenceEvent report)
    {
        if (report.Kind != Kind || report.Planned != Planned || !DatesMeet(report) || report.Entities.PlacesApart(Seed))
        {
            return false;
        }

        return report.Entities.IsEmpty || Seed.IsEmpty
            ? string.Equals(report.Date, Date, StringComparison.Ordinal)
            : report.Entities.Overlaps(Seed);
    }

    /// <summary>Adds the report; a second report from a document already heard is absorbed without new evidence.</summary>
    public void Add(SentenceEvent report)
    {
        Entities.AddAll(report.Entities);
        if (DateFromPublication && !report.DateFromPublication
            || !report.DateFromPublication && IsoDates.Within(report.Date, Date))
        {
            Date = report.Date;
            DateFromPublication = report.DateFromPublication;
        }

        if (_documents.Add(report.Document.Id))
        {
            _reports.Add(report);
        }
    }

    public IReadOnlyList<Evidence> Evidence() =>
        [.. _reports.Select(r => new Evidence(r.Document.Id, r.Start, r.End))];

    private bool DatesMeet(SentenceEvent report)
    {
        if (IsoDates.Compatible(report.Date, Date))
        {
            return true;
        }

        // A publication date stands for "that day or shortly before", so it meets an outright date just before it.
        return (report.DateFromPublication && ShortlyBefore(Date, report.Date))
            || (DateFromPublication && ShortlyBefore(report.Date, Date));
    }

    private static bool ShortlyBefore(string date, string published)
    {
        // Only a full date can be shortly before a day; both are ISO, so they compare as text.
        if (date.Length != 10 || published.Length != 10 || string.CompareOrdinal(date, published) > 0
            || IsoDates.FirstDay(date) is not { } day || IsoDates.FirstDay(published) is not { } pub)
        {
            return false;
        }

        return pub.DayNumber - day.DayNumber <= PublicationLagDays;
    }
}
