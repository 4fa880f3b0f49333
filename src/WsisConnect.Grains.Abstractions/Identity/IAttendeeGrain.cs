using WsisConnect.Contracts.Identity;
namespace WsisConnect.Grains.Abstractions.Identity;

/// <summary>One registered person, keyed by attendee id.</summary>
public interface IAttendeeGrain : IGrainWithStringKey
{
    /// <summary>The profile, or null when nobody is registered under this id.</summary>
    Task<AttendeeProfile?> GetProfileAsync();

    /// <summary>Registers (or re-registers) the person; the id of the profile must be this grain's key.</summary>
    Task RegisterAsync(AttendeeProfile profile);

    /// <summary>Forgets the person (account deletion): sign-in codes and tokens stop working.</summary>
    Task EraseAsync();
}
