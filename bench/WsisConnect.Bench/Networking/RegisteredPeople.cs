using WsisConnect.Bench.Registration;

namespace WsisConnect.Bench.Networking;

/// <summary>People registered through the real endpoint: their ids and tokens by index, and how it went.</summary>
public sealed record RegisteredPeople(string[] Ids, string[] Tokens, RegistrationSummary Summary);
