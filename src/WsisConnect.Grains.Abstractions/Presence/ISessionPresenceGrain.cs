using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Networking;
using WsisConnect.Grains.Abstractions.Identity;

namespace WsisConnect.Grains.Abstractions.Presence;

/// <summary>Who is in one session, keyed by session id; changes are pushed at most once a second.</summary>
public interface ISessionPresenceGrain : IGrainWithStringKey
{
    /// <summary>Checks the caller in (by tap or by the room's QR code), visible in the list or not; never listed while they are out of the directory.</summary>
    Task<SessionPresence> CheckInAsync(Caller caller, bool visible);

    /// <summary>Checks the caller out.</summary>
    Task<SessionPresence> CheckOutAsync(Caller caller);

    /// <summary>Who is here now.</summary>
    Task<SessionPresence> GetAsync(Caller caller);

    /// <summary>Hides a person checked in here from the list of who is here, or shows them again as they chose at check-in.</summary>
    Task SetListedAsync(string attendeeId, bool listed);
}
