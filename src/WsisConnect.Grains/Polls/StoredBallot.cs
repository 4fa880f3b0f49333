using System.Text.Json;
using System.Text.Json.Serialization;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Polls;

namespace WsisConnect.Grains.Polls;

/// <summary>
/// A ballot as stored in its partition's hash (one field per voter), with where the voter was and, for an
/// open-text answer, its id, moderation status and time; and, when the voter's client named the operation, its key and
/// whether it replaced an earlier ballot, so a retry of the same operation is answered exactly as the first attempt.
/// </summary>
public sealed record StoredBallot(
    Ballot Ballot,
    Participation Where,
    string? EntryId = null,
    EntryStatus? Status = null,
    DateTimeOffset? At = null,
    string? OperationKey = null,
    bool Replaced = false)
{
    /// <summary>The open-text entry this ballot is, or null.</summary>
    public TextEntry? ToEntry() => EntryId is null ? null : new TextEntry(EntryId, Ballot.Text ?? string.Empty, Where, Status ?? EntryStatus.Pending, At ?? default);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>The stored form.</summary>
    public string Serialize() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads the stored form.</summary>
    public static StoredBallot Parse(string text) => JsonSerializer.Deserialize<StoredBallot>(text, Json)!;
}
