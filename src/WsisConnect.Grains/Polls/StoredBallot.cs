using System.Text.Json;
using System.Text.Json.Serialization;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Polls;

namespace WsisConnect.Grains.Polls;

/// <summary>A ballot as stored in its partition's hash (one field per voter), with where the voter was.</summary>
public sealed record StoredBallot(Ballot Ballot, Participation Where)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>The stored form.</summary>
    public string Serialize() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads the stored form.</summary>
    public static StoredBallot Parse(string text) => JsonSerializer.Deserialize<StoredBallot>(text, Json)!;
}
