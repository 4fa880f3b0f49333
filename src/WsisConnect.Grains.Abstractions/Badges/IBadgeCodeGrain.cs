using WsisConnect.Contracts.Networking;
namespace WsisConnect.Grains.Abstractions.Badges;

/// <summary>A badge's short code (keyed by the code), pointing at its person and badge version.</summary>
public interface IBadgeCodeGrain : IGrainWithStringKey
{
    /// <summary>The person and version, or null for an unknown code.</summary>
    Task<(string AttendeeId, int Version)?> ResolveAsync();

    /// <summary>Binds a fresh code.</summary>
    Task AssignAsync(string attendeeId, int version);
}
