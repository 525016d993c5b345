using Marsad.Extraction.Entities.Clusters;

namespace Marsad.Extraction.Entities.Recognition;

/// <summary>
/// General Arabic cue words that announce a name next to them, keyed on the folded clitic-free
/// base (<see cref="WordForms"/>): person titles and roles, kunya and lineage words, heads of
/// organisation and place names, and reporting verbs. Features say "the previous word is a title",
/// which reaches names the training data never showed.
/// </summary>
public static class CueLexicon
{
    public const int Title = 1, Kunya = 2, OrgHead = 4, LocHead = 8, Speech = 16, Direction = 32;

    private static readonly Dictionary<string, int> Flags = Build();

    public static int Of(string folderBase) => Flags.TryGetValue(folderBase, out int f) ? f : 0;

    /// <summary>Whether the word as written (clitics and all) heads an organisation's name: وزارة، بعثة، والسفارة.</summary>
    public static bool IsOrgHead(string word) => (Of(WordForms.Of(word).Base) & OrgHead) != 0;

    /// <summary>Whether a word is a title or role that comes before a person's name (العميد, الرئيس, الباحث).</summary>
    public static bool IsTitle(string word) => (Of(WordForms.Of(word).Base) & Title) != 0;

    private static Dictionary<string, int> Build()
    {
        var flags = new Dictionary<string, int>(StringComparer.Ordinal);
        Add(flags, Title, "الرئيس رئيس الوزراء الوزير وزير وزيرة الوزيرة المتحدث الناطق زعيم الزعيم السفير السفيرة الشيخ الشيخة الدكتور الدكتورة د الباحث الباحثة النائب النائبة العميد اللواء العقيد الفريق المشير الجنرال الملك الملكة الأمير الأميرة السلطان الإمام المرشد الرئيسة السيد السيدة المستشار المستشارة الأمين المدير المديرة القائد قائد المبعوث الممثل المندوب المفتي البابا القس الكاردينال الحاخام آية الله المطران الأستاذ الأستاذة المحامي المحامية الصحفي الصحفية الكاتب الكاتبة الشاعر الشاعرة الفنان الفنانة المخرج المطرب المطربة اللاعب اللاعبة المدرب النجم النجمة المهندس الحاكم المحافظ العاهل ولي نائب مساعد المراسل المحلل الخبير الأسقف الحجة المعارض الناشط الناشطة المرشح المرشحة القاضي الرئيسي سمو معالي فخامة سماحة جلالة");
        Add(flags, Kunya, "أبو أبي أبا أم بن ابن بنت آل");
        Add(flags, OrgHead, "وزارة حركة كتائب مليشيا ميليشيا ميليشيات لواء مركز وكالة صحيفة جريدة مجلة جامعة شركة حزب مجلس منظمة جيش قوات هيئة اتحاد جمعية مؤسسة بنك مصرف نادي فريق منتدى معهد أكاديمية محكمة لجنة جبهة تنظيم تحالف ائتلاف رابطة نقابة مجموعة قناة إذاعة تلفزيون مكتب دائرة مديرية سلطة برلمان الكونغرس صندوق مستشفى مدرسة كلية بورصة سوق سفارة قنصلية بعثة حكومة رئاسة");
        Add(flags, LocHead, "مدينة محافظة قاعدة مطار منطقة إقليم ولاية نهر جزيرة جزر حي قرية بلدة ميناء شارع ساحة ميدان بحر خليج جبل جبال صحراء وادي بحيرة مخيم معبر قضاء ناحية عاصمة العاصمة دولة جمهورية مملكة إمارة محافظتي مدينتي ولايتي منطقتي مدن محافظات مناطق ولايات قرى بلدات مخيمات");
        Add(flags, Speech, "قال قالت أعلن أعلنت أكد أكدت صرح صرحت أضاف أضافت أوضح أوضحت ذكر ذكرت أشار أشارت اعتبر اعتبرت دعا دعت رأى يقول تقول");
        Add(flags, Direction, "شمال جنوب شرق غرب شمالي جنوبي شرقي غربي وسط");
        return flags;
    }

    private static void Add(Dictionary<string, int> flags, int flag, string words)
    {
        foreach (string word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            string key = WordForms.Of(word).Base;
            flags[key] = (flags.TryGetValue(key, out int f) ? f : 0) | flag;
        }
    }
}
