namespace WsisConnect.Demo;

/// <summary>A room at the CICG or at ITU headquarters and its daily grid of session slots.</summary>
/// <param name="Order">Position in the venue guide; breaks ties between sessions that start together.</param>
internal sealed record DemoRoom(int Order, string Name, DemoRoomKind Kind, IReadOnlyList<(TimeOnly Start, int Minutes)> Grid);
