namespace WsisConnect.Server.Tests.Organisers;

/// <summary>One event of a schedule a test writes.</summary>
public sealed record FrabEventSpec(string EventId, int Id, string Title, string Room, DateTimeOffset Start, int Minutes, string Track, string Type, string[] Speakers);
