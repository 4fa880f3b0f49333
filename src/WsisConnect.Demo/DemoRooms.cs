namespace WsisConnect.Demo;

/// <summary>The rooms of the week: CICG (the conference centre) and ITU headquarters across the road.</summary>
internal static class DemoRooms
{
    public const string MainHall = "CICG Room 1";

    private static readonly (TimeOnly, int)[] PlenaryGrid =
        [(new(9, 0), 90), (new(11, 0), 90), (new(13, 15), 60), (new(14, 30), 90), (new(16, 30), 90)];

    private static readonly (TimeOnly, int)[] WorkshopGrid =
        [(new(9, 0), 45), (new(10, 0), 60), (new(11, 15), 90), (new(13, 0), 45), (new(14, 0), 60), (new(15, 15), 90), (new(17, 0), 60)];

    private static readonly (TimeOnly, int)[] MeetingGrid =
        [(new(9, 30), 60), (new(11, 0), 60), (new(12, 15), 45), (new(14, 0), 90), (new(16, 0), 60), (new(17, 15), 45)];

    private static readonly (TimeOnly, int)[] CafeGrid = [(new(11, 0), 60), (new(15, 30), 60)];

    public static IReadOnlyList<DemoRoom> All { get; } =
    [
        new(0, MainHall, DemoRoomKind.Plenary, PlenaryGrid),
        new(1, "CICG Room 2", DemoRoomKind.Plenary, PlenaryGrid),
        new(2, "CICG Room 3", DemoRoomKind.Workshop, WorkshopGrid),
        new(3, "CICG Room 4", DemoRoomKind.Workshop, WorkshopGrid),
        new(4, "CICG Rooms 5-6", DemoRoomKind.Workshop, WorkshopGrid),
        new(5, "CICG Rooms 7-8", DemoRoomKind.Workshop, WorkshopGrid),
        new(6, "CICG Room 13", DemoRoomKind.Workshop, WorkshopGrid),
        new(7, "CICG Room 15", DemoRoomKind.Youth, MeetingGrid),
        new(8, "CICG Room 18", DemoRoomKind.Meeting, MeetingGrid),
        new(9, "ITU Popov Room", DemoRoomKind.Meeting, MeetingGrid),
        new(10, "ITU Montreux Room", DemoRoomKind.Meeting, MeetingGrid),
        new(11, "ITU Tower Room", DemoRoomKind.Meeting, MeetingGrid),
        new(12, "CICG Knowledge Café", DemoRoomKind.Cafe, CafeGrid),
        new(13, "CICG Exhibition Hall", DemoRoomKind.Exhibition, []),
    ];

    public static DemoRoom Get(string name) => All.First(room => room.Name == name);
}
