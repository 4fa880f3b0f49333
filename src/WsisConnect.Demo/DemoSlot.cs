namespace WsisConnect.Demo;

/// <summary>A room booked for a stretch of one forum day (0 = Monday).</summary>
internal readonly record struct DemoSlot(int Day, DemoRoom Room, TimeOnly Start, int Minutes)
{
    public TimeOnly End => Start.AddMinutes(Minutes);

    public DateTimeOffset StartsAt => DemoWeek.At(Day, Start);

    public DateTimeOffset EndsAt => StartsAt.AddMinutes(Minutes);

    /// <summary>Whether the two run at the same time, wherever they are.</summary>
    public bool Overlaps(DemoSlot other) => Day == other.Day && Start < other.End && other.Start < End;

    /// <summary>Whether the two would need the same room at the same time.</summary>
    public bool ClashesWith(DemoSlot other) => Room == other.Room && Overlaps(other);
}
