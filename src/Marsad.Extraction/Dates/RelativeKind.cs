namespace Marsad.Extraction.Dates;

/// <summary>What a <see cref="RelativeDate"/> counts from its anchor.</summary>
internal enum RelativeKind
{
    /// <summary>An explicit date: its value needs no anchor.</summary>
    None,

    /// <summary>A day offset (اليوم، أمس، غدا، منذ ثلاثة أيام): a <c>YYYY-MM-DD</c> value.</summary>
    Days,

    /// <summary>A week offset (قبل أسبوعين): the day that many weeks away, <c>YYYY-MM-DD</c>.</summary>
    Weeks,

    /// <summary>A named week (الأسبوع الماضي، هذا الأسبوع): no value in our formats, so null.</summary>
    Week,

    /// <summary>A month offset (الشهر الماضي، قبل شهرين): <c>YYYY-MM</c>.</summary>
    Months,

    /// <summary>A year offset (العام المقبل، قبل عامين): <c>YYYY</c>.</summary>
    Years,

    /// <summary>A day of the week (الأربعاء، الخميس الماضي): <c>YYYY-MM-DD</c>.</summary>
    Weekday,

    /// <summary>A month, with or without a day, named without its year (27 يناير، يونيو الماضي).</summary>
    MonthDay,

    /// <summary>A Hijri month named without its year (15 رمضان، رمضان الماضي): Gregorian <c>YYYY-MM[-DD]</c>.</summary>
    HijriMonthDay,
}
