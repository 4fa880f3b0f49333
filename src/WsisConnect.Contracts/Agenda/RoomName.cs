namespace WsisConnect.Contracts.Agenda;

/// <summary>A room's name (to add, or a room's new name).</summary>
public sealed record RoomName(string Name);
