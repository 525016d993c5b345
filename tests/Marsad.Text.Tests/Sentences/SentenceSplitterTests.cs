using Marsad.Text.Sentences;

namespace Marsad.Text.Tests.Sentences;

public sealed class SentenceSplitterTests
{
    private static string[] Split(string text) =>
        [.. SentenceSplitter.Default.Split(text).Select(s => text[s.Start..s.End])];

    [Fact]
    public void Split_OnFullStopQuestionAndExclamationMarks() =>
        Assert.Equal(["قال الوزير.", "هل ينجح؟", "نعم!", "ثم انتهى"], Split("قال الوزير. هل ينجح؟ نعم! ثم انتهى"));

    [Fact]
    public void Split_RunOfTerminators_EndsOneSentence() =>
        Assert.Equal(["حقا؟!", "نعم"], Split("حقا؟! نعم"));

    [Fact]
    public void Split_LineBreak_AlwaysEndsSentence() =>
        Assert.Equal(["عنوان الخبر", "نص الخبر", "فقرة ثانية"], Split("عنوان الخبر\nنص الخبر\r\n\r\nفقرة ثانية"));

    [Fact]
    public void Split_InsideQuotation_DoesNotSplit() =>
        Assert.Equal(["قال: \"لن نتراجع. سنواصل\" ثم غادر.", "وانتهى"], Split("قال: \"لن نتراجع. سنواصل\" ثم غادر. وانتهى"));

    [Fact]
    public void Split_InsideGuillemets_DoesNotSplit() =>
        Assert.Equal(["قال «لن نتراجع. سنواصل» ثم غادر."], Split("قال «لن نتراجع. سنواصل» ثم غادر."));

    [Fact]
    public void Split_QuotationEndingOnStop_EndsSentenceAfterClosingQuote() =>
        Assert.Equal(["قال: “لن نتراجع.”", "ثم غادر"], Split("قال: “لن نتراجع.” ثم غادر"));

    [Fact]
    public void Split_UnclosedQuote_IsIgnored()
    {
        string longTail = string.Concat(Enumerable.Repeat("كلام كثير ", 50));

        string[] sentences = Split("قال \"بدأ. " + longTail);

        Assert.Equal(2, sentences.Length);
        Assert.Equal("قال \"بدأ.", sentences[0]);
    }

    [Fact]
    public void Split_QuoteNotClosedBeforeLineBreak_IsIgnored() =>
        Assert.Equal(["قال \"بدأ.", "ثم", "سطر\""], Split("قال \"بدأ. ثم\nسطر\""));

    [Theory]
    [InlineData("التقى د. محمد الوزير")]
    [InlineData("التقى د.محمد الوزير")]
    [InlineData("قال م. أحمد إن")]
    [InlineData("انظر ص. 12 من التقرير")]
    [InlineData("أ.د. خالد يتحدث")]
    [InlineData("the U.S. Army said")]
    [InlineData("Mr. Smith met Dr. Jones")]
    [InlineData("J. K. Rowling wrote")]
    [InlineData("قالت هـ. بنت")]
    public void Split_AfterAbbreviation_DoesNotSplit(string text) => Assert.Single(Split(text));

    [Theory]
    [InlineData("ارتفع بنسبة 3.5 في المئة")]
    [InlineData("بلغ 2.500 دينار")]
    [InlineData("الرابط news.example.com هنا")]
    public void Split_InsideNumberOrDomain_DoesNotSplit(string text) => Assert.Single(Split(text));

    [Fact]
    public void Split_MissingSpaceAfterStop_StillSplits() =>
        Assert.Equal(["قال.", "ثم رئيس الوزراء"], Split("قال.ثم رئيس الوزراء"));

    [Fact]
    public void Split_MissingSpaceAfterQuestionMark_StillSplits() =>
        Assert.Equal(["لماذا؟", "لأن"], Split("لماذا؟لأن"));

    [Fact]
    public void Split_YearMarkerBeforeStop_EndsSentence() =>
        Assert.Equal(["ولد عام 1990م.", "ودرس"], Split("ولد عام 1990م. ودرس"));

    [Fact]
    public void Split_NumberAtSentenceEnd_EndsSentence() =>
        Assert.Equal(["بلغ العدد 2500.", "ثم"], Split("بلغ العدد 2500. ثم"));

    [Fact]
    public void Split_EllipsisGluedToNextWord_DoesNotEndSentence() => Assert.Single(Split("وأضاف...أن الأمر"));

    [Theory]
    [InlineData("لا يجيدها سواه.. خطواته بسرعة الضوء")]
    [InlineData("لا يجيدها سواه… خطواته بسرعة الضوء")]
    public void Split_EllipsisBeforeSpace_EndsSentence(string text) => Assert.Equal(2, Split(text).Length);

    [Theory]
    [InlineData("وقالت شبكة (سي.إن.بي.سي) إن الصواريخ")]
    [InlineData("شركة بي.دي.في.إس.إيه الحكومية")]
    [InlineData("المشغلة لدور السينما أيه.إم.سي. أنترتينمنت القابضة")]
    [InlineData("وقالت (إس.أو.إس ميديتريني) في بيان")]
    public void Split_AcronymSpeltInArabicLetters_DoesNotSplit(string text) => Assert.Single(Split(text));

    [Fact]
    public void Split_NumberedListItem_IsNotItsOwnSentence() =>
        Assert.Equal(["1. أبل (214 مليار دولار)", "2. غوغل"], Split("1. أبل (214 مليار دولار)\n2. غوغل"));

    [Fact]
    public void Split_ArabicDomainName_DoesNotSplit() => Assert.Single(Split("بيت.كوم هو أكبر موقع"));

    [Fact]
    public void Split_StopAfterQuotedExclamation_StaysWithSentence() =>
        Assert.Equal(["قال \"عيب!\".", "ثم"], Split("قال \"عيب!\".\nثم"));

    [Fact]
    public void Split_ClosingBracketAfterStop_StaysWithSentence() =>
        Assert.Equal(["(انتهى.)", "بعد"], Split("(انتهى.) بعد"));

    [Fact]
    public void Split_TrimsWhitespaceAndInvisibleMarks()
    {
        const string text = "  \u200Fجملة أولى.   جملة ثانية  ";

        IReadOnlyList<(int Start, int End)> spans = SentenceSplitter.Default.Split(text);

        Assert.Equal([(3, 13), (16, 26)], spans);
    }

    [Fact]
    public void Split_ManyUnclosedGuillemets_FinishesQuickly()
    {
        string text = string.Concat(Enumerable.Repeat("« كلام. ", 200_000));
        var clock = System.Diagnostics.Stopwatch.StartNew();

        int count = SentenceSplitter.Default.Split(text).Count;

        Assert.Equal(200_000, count);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Split_BlankText_HasNoSentences()
    {
        Assert.Empty(Split(string.Empty));
        Assert.Empty(Split(" \n \n"));
    }
}
