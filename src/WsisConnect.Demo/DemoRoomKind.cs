namespace WsisConnect.Demo;

/// <summary>What a room is used for during the week; it decides which formats the planner puts there.</summary>
internal enum DemoRoomKind
{
    /// <summary>The big halls: high-level sessions, Leaders TalkX, ceremonies.</summary>
    Plenary,
    /// <summary>Workshops, interactive sessions, action line meetings.</summary>
    Workshop,
    /// <summary>Smaller rooms for workshops, roundtables, consultations and briefings.</summary>
    Meeting,
    /// <summary>The home of the youth track.</summary>
    Youth,
    /// <summary>The daily knowledge cafés.</summary>
    Cafe,
    /// <summary>The exhibition stands and the evening reception.</summary>
    Exhibition,
}
