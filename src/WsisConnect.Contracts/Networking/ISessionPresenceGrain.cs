using WsisConnect.Contracts.Identity;

namespace WsisConnect.Contracts.Networking;

/// <summary>Who is in one session, keyed by session id; changes are pushed at most once a second.</summary>
public interface ISessionPresenceGrain : IGrainWithStringKey
{
    /// <summary>Checks the caller in (by tap or by the room's QR code), visible in the list or not.</summary>
    Task<SessionPresence> CheckInAsync(Caller caller, bool visible);

    /// <summary>Checks the caller out.</summary>
    Task<SessionPresence> CheckOutAsync(Caller caller);

    /// <summary>Who is here now.</summary>
    Task<SessionPresence> GetAsync(Caller caller);
}
