namespace WsisConnect.Demo;

/// <summary>The WSIS Forum 2025 week in Geneva: Monday 7 to Friday 11 July, Central European Summer Time.</summary>
internal static class DemoWeek
{
    public const int Days = 5;

    public static DateOnly FirstDay { get; } = new(2025, 7, 7);

    public static TimeSpan GenevaOffset { get; } = TimeSpan.FromHours(2);

    public static DateTimeOffset At(int day, TimeOnly time) => new(FirstDay.AddDays(day).ToDateTime(time), GenevaOffset);
}
