using Marsad.Training.Entities.Tagging;

namespace Marsad.Training.Tests.Entities.Tagging;

/// <summary>A tiny hand-made corpus: titles before people, "مدينة" before places.</summary>
internal static class TaggerData
{
    private static readonly string[] First = ["محمد", "أحمد", "علي", "حسن", "خالد", "سعيد", "عمر", "يوسف", "طارق", "سامي"];
    private static readonly string[] Last = ["عباس", "منصور", "الخطيب", "حداد", "نصار", "العلي", "زيدان", "قاسم", "سليمان", "رشيد"];
    private static readonly string[] Cities = ["القاهرة", "بيروت", "دمشق", "عمان", "تونس", "الرباط", "بغداد", "صنعاء", "الدوحة", "جدة"];

    public static IReadOnlyList<TaggedSentence> Corpus()
    {
        var sentences = new List<TaggedSentence>();
        for (int i = 0; i < First.Length; i++)
        {
            string first = First[i], last = Last[(i * 3) % Last.Length], city = Cities[(i * 7) % Cities.Length];
            sentences.Add(Sentence("قال O", "الرئيس O", first + " B-PERS", last + " I-PERS", "إن O", "الوضع O", "مستقر O"));
            sentences.Add(Sentence("وصل O", "الوفد O", "إلى O", "مدينة O", city + " B-LOC", "أمس O"));
            sentences.Add(Sentence("أكد O", "الوزير O", first + " B-PERS", "أن O", "مدينة O", city + " B-LOC", "آمنة O"));
        }

        return sentences;
    }

    /// <summary>Builds a sentence from "token TAG" pairs, split on the last space as in the corpus files.</summary>
    public static TaggedSentence Sentence(params string[] pairs)
    {
        var tokens = new string[pairs.Length];
        var tags = new string[pairs.Length];
        for (int i = 0; i < pairs.Length; i++)
        {
            int space = pairs[i].LastIndexOf(' ');
            tokens[i] = pairs[i][..space];
            tags[i] = pairs[i][(space + 1)..];
        }

        return new TaggedSentence(tokens, tags);
    }
}
