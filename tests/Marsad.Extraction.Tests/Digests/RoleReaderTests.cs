using Marsad.Extraction.Digests;

namespace Marsad.Extraction.Tests.Digests;

public class RoleReaderTests
{
    /// <summary>The role texts read for the entity named <paramref name="name"/>.</summary>
    private static string[] RolesOf(string marked, string name)
    {
        var analysis = MarkedAnalysis.Article("a", "2024-03-01", marked);
        int entity = analysis.Entities.Single(e => e.Name == name).Id;
        return [.. RoleReader.Read(analysis)[entity].Select(r => r.Text)];
    }

    private static string KeyOf(string marked, string name)
    {
        var analysis = MarkedAnalysis.Article("a", "2024-03-01", marked);
        return Assert.Single(RoleReader.Read(analysis)[analysis.Entities.Single(e => e.Name == name).Id]).Key;
    }

    [Fact]
    public void Read_ATitleWithItsQualifiersBeforeTheName_IsTheRole()
    {
        string[] roles = RolesOf("وقال رئيس الوزراء العراقي [محمد شياع السوداني] إن حكومته ماضية في خطة الكهرباء.", "محمد شياع السوداني");

        Assert.Equal(["رئيس الوزراء العراقي"], roles);
    }

    [Fact]
    public void Read_AnAppositionAfterACommaAndTheName_IsTheRole()
    {
        string[] roles = RolesOf("وصل [السوداني]، رئيس الوزراء، إلى أنقرة صباح الأحد في زيارة تستمر يومين.", "السوداني");

        Assert.Equal(["رئيس الوزراء"], roles);
    }

    [Fact]
    public void Read_ASpokespersonForABody_KeepsTheBodyInTheRole()
    {
        string[] roles = RolesOf("صرح المتحدث باسم <البنتاغون> [باتريك رايدر] بأن التدريبات ستستمر حتى نهاية الشهر.", "باتريك رايدر");

        Assert.Equal(["المتحدث باسم البنتاغون"], roles);
    }

    [Fact]
    public void Read_ALeadingConjunctionOrPreposition_IsNotPartOfTheRole()
    {
        Assert.Equal(["وزير الدفاع الأمريكي"], RolesOf("وصل إلى عمان أمس ووزير الدفاع الأمريكي [لويد أوستن] في جولة إقليمية.", "لويد أوستن"));
        Assert.Equal(["الرئيس الأمريكي"], RolesOf("وجهت الصحيفة سؤالا للرئيس الأمريكي [جو بايدن] عن الموازنة.", "جو بايدن"));
    }

    [Fact]
    public void Read_SpellingVariantsOfARole_ShareOneKey()
    {
        string american = KeyOf("قال الرئيس الأميركي [جو بايدن] إن المحادثات جدية.", "جو بايدن");
        string american2 = KeyOf("وقال الرئيس الامريكي [جو بايدن] إن المحادثات جدية.", "جو بايدن");
        string french = KeyOf("قال الرئيس الفرنسي [إيمانويل ماكرون] إن المحادثات جدية.", "إيمانويل ماكرون");

        Assert.Equal(american, american2);
        Assert.NotEqual(american, french);
    }

    [Fact]
    public void Read_AnHonorific_IsNeverARoleAndIsDroppedFromOne()
    {
        Assert.Empty(RolesOf("وقال الشيخ [حامد العبيدي] في خطبة الجمعة إن الوحدة واجبة.", "حامد العبيدي"));
        Assert.Equal(["الرئيس الفرنسي"], RolesOf("وأكد الرئيس الفرنسي السيد [إيمانويل ماكرون] دعمه للمبادرة.", "إيمانويل ماكرون"));
        Assert.Equal(["رئيس الحكومة اليمنية"], RolesOf("واستقبل رئيس الحكومة اليمنية الأخ [سالم الحضرمي] وفدا من المانحين.", "سالم الحضرمي"));
    }

    [Fact]
    public void Read_ATitleThatLeadsToTheNextName_BelongsToThatNameOnly()
    {
        const string text = "استقبل [جو بايدن]، الرئيس الفرنسي [إيمانويل ماكرون] في البيت الأبيض.";

        Assert.Empty(RolesOf(text, "جو بايدن"));
        Assert.Equal(["الرئيس الفرنسي"], RolesOf(text, "إيمانويل ماكرون"));
    }

    [Fact]
    public void Read_ATitleAfterOnBehalfOf_IsTheNamesOwnNotTheSpokespersons()
    {
        string[] roles = RolesOf("وقال المتحدث باسم رئيسة الوزراء البريطانية [تيريزا ماي] إن الحكومة لن تغير موقفها.", "تيريزا ماي");

        Assert.Equal(["رئيسة الوزراء البريطانية"], roles);
    }

    [Fact]
    public void Read_ARankOfNobilityBetweenTheOfficeAndTheName_IsDropped()
    {
        Assert.Equal(["ولي العهد السعودي"], RolesOf("واستقبل ولي العهد السعودي الأمير [فيصل بن خالد] وفدا تجاريا في الرياض.", "فيصل بن خالد"));
        Assert.Equal(["الأمير"], RolesOf("وافتتح الأمير [فيصل بن خالد] المعرض أمس.", "فيصل بن خالد"));
    }

    [Fact]
    public void Read_ATeamWithoutTheArticle_IsNotTheRankOfGeneral()
    {
        Assert.Empty(RolesOf("وانتقل المتسابق إلى فريق [عاصي الحلاني] في الحلقة الثالثة.", "عاصي الحلاني"));
        Assert.Equal(["الفريق"], RolesOf("وقال الفريق [سامي العتيبي] إن القوات جاهزة.", "سامي العتيبي"));
    }

    [Fact]
    public void Read_ARunOfRoleWordsLongerThanTheLimit_ReadsNothingRatherThanACutOffice()
    {
        Assert.Empty(RolesOf("وحضر اللقاء نائب القائد الأعلى للقوات المسلحة البرية الاتحادية المشتركة الشيخ [حمدان بن سالم] ممثلا عن الحكومة.", "حمدان بن سالم"));
    }

    [Fact]
    public void Read_ATitleInConstructWithTheName_SaysWhoseItIsNotTheNamesRole()
    {
        Assert.Empty(RolesOf("وقال محامي [دونالد ترامب] إن موكله لم يخالف القانون.", "دونالد ترامب"));
        Assert.Empty(RolesOf("وقال المتحدث باسم [أنغيلا ميركل] إن المستشارة ستزور باريس.", "أنغيلا ميركل"));
    }

    [Fact]
    public void Read_AnOfficeCutOffBeforeItsDefiniteWord_ReadsNothing()
    {
        Assert.Empty(RolesOf("وأوضح [كمال يوسف]، رئيس قسم المبيعات في الشركة، أن الطلب ارتفع.", "كمال يوسف"));
    }

    [Fact]
    public void Read_APrepositionBeforeTheArticlesElidedAlef_StillGivesTheDefiniteRole()
    {
        Assert.Equal(["اللاعب الإيراني"], RolesOf("وأشهر الحكم بطاقة صفراء للاعب الإيراني [مسعود رحيمي] في الدقيقة التاسعة.", "مسعود رحيمي"));
    }

    [Fact]
    public void Read_AnObjectAfterTheNameWithoutAComma_IsNotARole()
    {
        Assert.Empty(RolesOf("استقبل [محمد شياع السوداني] وزير الخارجية التركي في بغداد أمس.", "محمد شياع السوداني"));
    }

    [Fact]
    public void Read_AnotherOfficeBeforeTheRole_IsNotPartOfIt()
    {
        Assert.Equal(["وزير الخارجية الإيراني"], RolesOf("استقبل الرئيس العراقي وزير الخارجية الإيراني [عباس عراقجي] في بغداد.", "عباس عراقجي"));
        Assert.Equal(["نائب الرئيس الأمريكي"], RolesOf("وصل نائب الرئيس الأمريكي [مايك بنس] إلى القاهرة.", "مايك بنس"));
    }

    [Theory]
    [InlineData("رئيس الوزراء العراقي", true)]
    [InlineData("المتحدث باسم البنتاغون", true)]
    [InlineData("وزير خارجية الاتحاد الأوروبي", true)]
    [InlineData("وزير الخارجية", false)]
    [InlineData("رئيس الوزراء", false)]
    public void IsQualified_OnlyWhenTheRoleSaysWhoseOfficeItIs(string role, bool qualified)
    {
        Assert.Equal(qualified, RoleReader.Qualifies(role));
    }

    [Fact]
    public void Read_AnOrganisation_GetsNoRole()
    {
        var analysis = MarkedAnalysis.Article("a", null, "وقال رئيس الوزراء <مجلس النواب> إن الجلسة تأجلت.");

        Assert.Empty(RoleReader.Read(analysis)[0]);
    }
}
