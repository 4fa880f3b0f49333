using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Networking;
using WsisConnect.Grains.Abstractions.Identity;

namespace WsisConnect.Grains.Abstractions.Presence;

/// <summary>
/// The sessions one person is checked in to, keyed by attendee id: where their presence changes when they leave
/// (or come back to) the directory, or delete their account.
/// </summary>
public interface ICheckInsGrain : IGrainWithStringKey
{
    /// <summary>Hides the person from, or shows them again in, who is here of every session they are checked in to.</summary>
    Task SetListedAsync(bool listed);

    /// <summary>Checks the person out of every session (account deletion).</summary>
    Task CheckOutEverywhereAsync(Caller caller);

    /// <summary>Forgets where the person was checked in and where the outcome counted them (the last step of an account deletion); the counts stay.</summary>
    Task ForgetAsync();
}
