using System.Text;
using Marsad.Core.Analysis;
using Marsad.Core.Contract;
using Marsad.Core.Stories;

namespace Marsad.Core.Tests.Contract;

public sealed class StorySnapshotJsonTests
{
    private static StorySnapshot Snapshot() => new(
        [new SnapshotDocument("d2", ["e1", "e4"]), new SnapshotDocument("d1", ["e1"])],
        [
            new ResolvedEntity("e1", "وزارة الدفاع الأمريكية", EntityType.Organization, ["البنتاغون"], ["d2", "d1"],
                [new MergeEvidence("alias", "البنتاغون", "وزارة الدفاع الأمريكية", "aliases-ar.tsv (shipped):23")],
                [new ActorRole("المتحدث باسم", [2023, 2024], 3), new ActorRole("وزارة", [], 1)]),
            new ResolvedEntity("e4", "بغداد", EntityType.Location, [], ["d2"], [], []),
        ],
        // Not in key order: a reader that lists them sees the build's order.
        new Dictionary<string, string>(StringComparer.Ordinal) { ["d2"] = "d1", ["a0"] = "d1" },
        new Dictionary<string, string>(StringComparer.Ordinal) { ["d2"] = "s1", ["d1"] = "s1" },
        [new StoryCluster("s1", "انسحاب القوات", ["d1", "d2"], "2024-01-25", null)],
        [
            new TimelineEntry("2024-01-25", "أعلنت الحكومة …", "announcement", ["e1"], [new Evidence("d1", 0, 40), new Evidence("d2", 5, 60)], "happened"),
            new TimelineEntry(null, "مغادرة", null, [], [], "planned"),
        ],
        [new Conflict("قتلى", "conflict", [
            new Claim(new Evidence("d1", 1, 2), 2500.0, "2024-01-25", "الجزيرة"),
            new Claim(new Evidence("d2", 3, 4), 17, null, null),
            new Claim(new Evidence("d2", 5, 6), "2025-09", "2024", "بي بي سي"),
        ])],
        "انسحاب القوات الأميركية من العراق",
        [new Position("e1", "انسحاب القوات الأميركية من العراق", "against", [new Evidence("d2", 10, 30)])]);

    [Fact]
    public void Write_ThenRead_GivesBackTheSameSnapshot()
    {
        StorySnapshot written = Snapshot();

        StorySnapshot read = StorySnapshotJson.Read(StorySnapshotJson.Write(written));

        Assert.Equal(written.Documents.Select(d => (d.Id, string.Join(',', d.Entities))), read.Documents.Select(d => (d.Id, string.Join(',', d.Entities))));
        Assert.Equal(written.Entities.Select(Describe), read.Entities.Select(Describe));
        Assert.Equal(written.DuplicateOf, read.DuplicateOf);
        Assert.Equal(written.DuplicateOf.Keys, read.DuplicateOf.Keys);
        Assert.Equal(written.StoryOf, read.StoryOf);
        Assert.Equal(written.Stories.Select(s => (s.Id, s.Title, string.Join(',', s.Documents), s.From, s.To)), read.Stories.Select(s => (s.Id, s.Title, string.Join(',', s.Documents), s.From, s.To)));
        Assert.Equal(written.Timeline.Select(t => (t.Date, t.Summary, t.Kind, t.Status, string.Join(',', t.Entities), string.Join(',', t.Evidence))),
            read.Timeline.Select(t => (t.Date, t.Summary, t.Kind, t.Status, string.Join(',', t.Entities), string.Join(',', t.Evidence))));
        Assert.Equal(written.Question, read.Question);
        Assert.Equal(written.Positions.Select(p => (p.Entity, p.Question, p.Stance, string.Join(',', p.Evidence))), read.Positions.Select(p => (p.Entity, p.Question, p.Stance, string.Join(',', p.Evidence))));
    }

    [Fact]
    public void Write_ThenRead_KeepsEachClaimsValueOfItsOwnKind()
    {
        var claims = StorySnapshotJson.Read(StorySnapshotJson.Write(Snapshot())).Conflicts.Single().Claims;

        Assert.Equal([typeof(double), typeof(int), typeof(string)], claims.Select(c => c.Value.GetType()));
        Assert.Equal([2500.0, 17, (object)"2025-09"], claims.Select(c => c.Value));
        Assert.Equal(["2024-01-25", null, "2024"], claims.Select(c => c.AsOf));
        Assert.Equal(["الجزيرة", null, "بي بي سي"], claims.Select(c => c.Outlet));
    }

    [Fact]
    public void Read_OfSomeParts_LeavesTheOthersEmpty()
    {
        var parts = StorySnapshotJson.Write(Snapshot());

        StorySnapshot read = StorySnapshotJson.Read(new Dictionary<string, byte[]> { [StorySnapshotJson.Entities] = parts[StorySnapshotJson.Entities] });

        Assert.Equal(2, read.Entities.Count);
        Assert.Empty(read.Documents);
        Assert.Empty(read.Stories);
        Assert.Empty(read.Timeline);
        Assert.Null(read.Question);
    }

    [Fact]
    public void Read_OfAPartOfAnotherVersion_ThrowsInvalidData()
    {
        var parts = StorySnapshotJson.Write(Snapshot());
        parts[StorySnapshotJson.Timeline] = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(parts[StorySnapshotJson.Timeline])
            .Replace($"\"v\":{StorySnapshotJson.Version}", "\"v\":999", StringComparison.Ordinal));

        Assert.Throws<InvalidDataException>(() => StorySnapshotJson.Read(parts));
    }

    [Fact]
    public void Read_OfSomethingElse_ThrowsInvalidData()
    {
        Assert.Throws<InvalidDataException>(() => StorySnapshotJson.Read(new Dictionary<string, byte[]> { [StorySnapshotJson.Stories] = Encoding.UTF8.GetBytes("[1,2") }));
        Assert.Throws<InvalidDataException>(() => StorySnapshotJson.Read(new Dictionary<string, byte[]> { [StorySnapshotJson.Entities] = Encoding.UTF8.GetBytes("{\"v\":1,\"entities\":[[1]]}") }));
    }

    private static string Describe(ResolvedEntity e) =>
        $"{e.Id}|{e.Name}|{e.Type}|{string.Join(',', e.Aliases)}|{string.Join(',', e.Documents)}|{string.Join(',', e.Evidence)}|{string.Join(',', e.Roles.Select(r => $"{r.Role}:{string.Join('/', r.Years)}:{r.Articles}"))}";
}
