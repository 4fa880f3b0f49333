using System.Text.Json;

namespace WsisConnect.Bench.Baseline;

/// <summary>A poll in WsisConnect's <c>PollDetails</c> shape; the definition is echoed as the moderator sent it.</summary>
public sealed record BaselinePollDetails(
    string Id,
    string SessionId,
    JsonElement Definition,
    string Status,
    DateTimeOffset? OpenedAt,
    DateTimeOffset? ClosedAt,
    bool ResultsShown);
