using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Networking;
using WsisConnect.Grains.Abstractions.Identity;

namespace WsisConnect.Grains.Abstractions.Privacy;

/// <summary>A person's data as a whole, keyed by attendee id: download it, or delete the account for good.</summary>
public interface IAccountGrain : IGrainWithStringKey
{
    /// <summary>Everything held about the person; the person only.</summary>
    Task<PersonalData> ExportAsync(Caller caller);

    /// <summary>
    /// Deletes the account: registration, profile, badge, contacts (also from the other side), messages and
    /// points go; questions stay, anonymised; poll and prize votes stay in the counts without a name. Final.
    /// </summary>
    Task DeleteAsync(Caller caller);
}
