namespace Marsad.Stories.Places;

/// <summary>
/// Which place lies within which, learned from a collection where the shipped table
/// (<see cref="PlaceNames.Within"/>, cities and their countries) says nothing: a district, an
/// island or a mountain range is named beside its city or country. A place lies within another
/// when most of the leads that name it (<see cref="Share"/>) name the other too, and the other is
/// named far more often (<see cref="Wider"/> times): قرقنة beside صفاقس and تونس, الشعلة beside
/// بغداد. Containers of containers follow (a district within a city within its country).
/// </summary>
internal static class PlaceHierarchy
{
    /// <summary>The share of a place's leads that must name the other place too.</summary>
    public const double Share = 0.6;

    /// <summary>How many times more leads the containing place is named in.</summary>
    public const int Wider = 2;

    /// <summary>A place named in fewer leads than this teaches nothing.</summary>
    public const int MinLeads = 2;

    /// <summary>Each place key's containers, learned from <paramref name="sets"/> (one per lead).</summary>
    public static Dictionary<string, string[]> Learn(IEnumerable<PlaceSet> sets)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var together = new Dictionary<(string, string), int>();
        foreach (PlaceSet set in sets)
        {
            string[] keys = [.. set.Cores];
            foreach (string key in keys)
            {
                frequency[key] = frequency.GetValueOrDefault(key) + 1;
                foreach (string other in keys)
                {
                    if (!string.Equals(key, other, StringComparison.Ordinal))
                    {
                        together[(key, other)] = together.GetValueOrDefault((key, other)) + 1;
                    }
                }
            }
        }

        var direct = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (((string place, string other), int count) in together)
        {
            int df = frequency[place];
            if (df >= MinLeads && count >= Share * df && frequency[other] >= Wider * df)
            {
                if (!direct.TryGetValue(place, out List<string>? list))
                {
                    direct[place] = list = [];
                }
                list.Add(other);
            }
        }

        // Containers of containers, learned or shipped, a few steps up.
        var result = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach ((string place, List<string> containers) in direct)
        {
            var all = new HashSet<string>(StringComparer.Ordinal);
            var frontier = new Queue<string>(containers);
            while (frontier.Count > 0 && all.Count < 16)
            {
                string next = frontier.Dequeue();
                if (!all.Add(next))
                {
                    continue;
                }
                foreach (string up in (direct.GetValueOrDefault(next) ?? []).Concat(PlaceSet.ShippedWithin(next)))
                {
                    frontier.Enqueue(up);
                }
            }
            all.Remove(place);
            result[place] = [.. all.Order(StringComparer.Ordinal)];
        }
        return result;
    }
}
