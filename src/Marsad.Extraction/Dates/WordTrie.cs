using System.Text;
using System.Text.RegularExpressions;

namespace Marsad.Extraction.Dates;

/// <summary>
/// Writes a word list as a prefix-factored regex ("ي(?:ناير|و(?:نيو|ليو))" rather than
/// "يناير|يونيو|يوليو"). The non-backtracking engine caps the size of its automaton, and the
/// date pattern repeats several long lists; sharing prefixes keeps it well inside the cap.
/// At each branch longer continuations come first, so the longest word that lets the rest of
/// the pattern match is taken, as with a longest-first alternation. A space in a word matches
/// any run of whitespace.
/// </summary>
internal static class WordTrie
{
    public static string Pattern(IEnumerable<string> words)
    {
        var root = new Node();
        foreach (string word in words.Where(w => w.Length > 0))
        {
            Node node = root;
            foreach (char c in MonthNames.CollapseSpaces(word))
            {
                if (!node.Children.TryGetValue(c, out Node? child))
                {
                    child = new Node();
                    node.Children.Add(c, child);
                }

                node = child;
            }

            node.IsWord = true;
        }

        var pattern = new StringBuilder();
        Write(root, pattern);
        return pattern.ToString();
    }

    private static void Write(Node node, StringBuilder pattern)
    {
        if (node.Children.Count == 0)
        {
            return;
        }

        bool group = node.Children.Count > 1 || node.IsWord;
        if (group)
        {
            pattern.Append("(?:");
        }

        bool first = true;
        foreach ((char c, Node child) in node.Children)
        {
            if (!first)
            {
                pattern.Append('|');
            }

            first = false;
            pattern.Append(c == ' ' ? @"\s+" : Regex.Escape(c.ToString()));
            Write(child, pattern);
        }

        if (group)
        {
            pattern.Append(node.IsWord ? ")?" : ")");
        }
    }

    private sealed class Node
    {
        public SortedDictionary<char, Node> Children { get; } = [];

        public bool IsWord { get; set; }
    }
}
