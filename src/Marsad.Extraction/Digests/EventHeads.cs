using Marsad.Core.Analysis;
using Marsad.Text.Lexicons;
using Marsad.Text.Tokenization;
using Marsad.Text.Words;

namespace Marsad.Extraction.Digests;

/// <summary>
/// The head words of a planned event's sentence: its content stems once names, dates, event words
/// and framing words are taken out, which is what tells one election or deadline from another
/// when kind and actors agree. Read per sentence with the article; the collection only counts the
/// words two planned events share.
/// </summary>
internal static class EventHeads
{
    /// <summary>Words that frame any plan and so tell no two apart (بحلول، المقرر، أعلن، موعد …).</summary>
    private static readonly HashSet<string> Framing = new(
        TopicWords.Stems(string.Join(' ', (string[])["بحلول", "مهلة", "خطة", "المقرر", "مقرر", "يعتزم", "تعتزم", "ينوي", "تنوي", "يخطط", "تخطط", "أعلن", "أعلنت",
            "قال", "قالت", "أكد", "أكدت", "أضاف", "أضافت", "موعد", "نهاية", "مطلع", "بداية", "منتصف", "أواخر", "أوائل", "عام",
            "شهر", "المقبل", "المقبلة", "القادم", "القادمة", "سوف", "يتوقع", "المتوقع", "مسؤول", "مصدر", "مصادر"]))
            // Function words the tokenizer leaves a conjunction on (ومن), and the words left of a blanked one (يكون → يك).
            .Concat(["ومن", "وفي", "في", "اذا", "غير", "يك", "ليس", "وان", "فان", "ولم", "ما", "كما"]),
        StringComparer.Ordinal);

    /// <summary>The distinct head stems of the sentence [start, end), in order.</summary>
    public static IReadOnlyList<string> Of(DocumentAnalysis doc, int start, int end) =>
        [.. TopicWords.Stems(WithoutNamesAndDates(doc, start, end)).Where(w => !Framing.Contains(w)).Distinct(StringComparer.Ordinal)];

    /// <summary>The sentence with its names and dates blanked out, so only the words about the event remain.</summary>
    private static string WithoutNamesAndDates(DocumentAnalysis doc, int start, int end)
    {
        string text = doc.Article.Text;
        char[] copy = text[start..end].ToCharArray();
        void Blank(int from, int to)
        {
            for (int i = Math.Max(from, start); i < Math.Min(to, end); i++)
            {
                copy[i - start] = ' ';
            }
        }

        foreach (var mention in doc.Mentions)
        {
            Blank(mention.Start, mention.End);
        }

        foreach (var date in doc.Dates)
        {
            Blank(date.Start, date.End);
        }

        // Event words too: every election sentence says انتخابات, so only the words around it tell two elections apart.
        foreach (Token token in ArabicTokenizer.Default.Tokenize(text[start..end]))
        {
            if (WordForms.TryGet(TriggerLexicon.Lexicon, token, out _) || WordForms.TryGet(FutureMarkers.Lexicon, token, out _))
            {
                Blank(start + token.Start, start + token.End);
            }
        }

        return new string(copy);
    }
}
