using Marsad.Core.Digests;

namespace Marsad.Stories.Grouping;

/// <summary>
/// Which turn of an affair each partial story tells, by what its headlines name. Every report of
/// an affair retells the turns before it, so the articles of two turns share actors, places and
/// words, and their links alone join them; their headlines do not, since an editor heads each
/// report with the turn that is news that day. Two partial stories are two events when their
/// headlines mostly tell kinds of event of different families (<see cref="EventKinds.Family"/>;
/// framing kinds such as an announcement left out): a leader re-elected, then a critic's envoy
/// expelled; an arrest, then the protests against it. A partial story has a phase only when at
/// least <see cref="MinTold"/> of its headlines name a kind and more than <see cref="Majority"/> of
/// those name the phase's family: one headline is one editor's wording, left to the link model.
/// </summary>
internal sealed class HeadlinePhases
{
    public const double Majority = 0.5;

    public const int MinTold = 2;

    private readonly Tally _families = new();

    public HeadlinePhases(IReadOnlyList<EventProfile> profiles)
    {
        for (int d = 0; d < profiles.Count; d++)
        {
            _families.Add(d, profiles[d].HeadKinds.Where(kind => !EventKinds.IsFraming(kind)).Select(EventKinds.Family).Distinct(StringComparer.Ordinal));
        }
    }

    /// <summary>Whether the partial stories rooted at <paramref name="a"/> and <paramref name="b"/> tell two turns.</summary>
    public bool Clash(int a, int b) =>
        _families.Phase(a) is { } fa && _families.Phase(b) is { } fb
        && !string.Equals(fa, fb, StringComparison.Ordinal) && _families.Apart(a, b, fa, fb);

    /// <summary>Counts what the stories rooted at <paramref name="a"/> and <paramref name="b"/> told under <paramref name="root"/>, once they are joined.</summary>
    public void Merge(int a, int b, int root) => _families.Merge(a, b, root);

    /// <summary>How many headlines of each partial story name something, and how many name each family.</summary>
    private sealed class Tally
    {
        private readonly Dictionary<int, Dictionary<string, int>> _counts = [];
        private readonly Dictionary<int, int> _told = [];

        public void Add(int document, IEnumerable<string> values)
        {
            Dictionary<string, int>? counts = null;
            foreach (string value in values)
            {
                counts ??= new Dictionary<string, int>(StringComparer.Ordinal);
                counts[value] = 1;
            }
            if (counts is not null)
            {
                _counts[document] = counts;
                _told[document] = 1;
            }
        }

        /// <summary>The value more than <see cref="Majority"/> of the story's headlines name, when at least <see cref="MinTold"/> name any.</summary>
        public string? Phase(int root)
        {
            if (!_counts.TryGetValue(root, out Dictionary<string, int>? counts) || _told[root] < MinTold)
            {
                return null;
            }
            string? phase = null;
            int best = 0;
            foreach ((string value, int n) in counts)
            {
                if (n > best || (n == best && phase is not null && string.CompareOrdinal(value, phase) < 0))
                {
                    (phase, best) = (value, n);
                }
            }
            return best > Majority * _told[root] ? phase : null;
        }

        /// <summary>Whether neither story's headlines mostly name the other's phase.</summary>
        public bool Apart(int a, int b, string phaseA, string phaseB) => Share(b, phaseA) <= Majority && Share(a, phaseB) <= Majority;

        public void Merge(int a, int b, int root)
        {
            int told = 0;
            var merged = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (int side in (ReadOnlySpan<int>)[a, b])
            {
                if (_counts.Remove(side, out Dictionary<string, int>? counts))
                {
                    foreach ((string value, int n) in counts)
                    {
                        merged[value] = merged.GetValueOrDefault(value) + n;
                    }
                }
                told += _told.GetValueOrDefault(side);
                _told.Remove(side);
            }
            if (told > 0)
            {
                _counts[root] = merged;
                _told[root] = told;
            }
        }

        private double Share(int root, string value) =>
            _counts.TryGetValue(root, out Dictionary<string, int>? counts) ? (double)counts.GetValueOrDefault(value) / _told[root] : 0;
    }
}
