using WsisConnect.Contracts.Networking;

namespace WsisConnect.Grains.Abstractions.Presence;

/// <summary>
/// Reads the participant counts the session presence grains keep as people check in (a stateless worker keyed by
/// <c>ForumKeys.Forum</c>): the outcome report asks for every part of the forum in one round trip to the store,
/// without waking a single session.
/// </summary>
public interface IAttendanceGrain : IGrainWithStringKey
{
    /// <summary>The counts of each of <paramref name="scopes"/> (<see cref="AttendanceScope"/>), in the same order; zero where nobody came.</summary>
    Task<AttendanceTally[]> GetTalliesAsync(string[] scopes);

    /// <summary>Contacts made, by the UTC date they were made.</summary>
    Task<Dictionary<DateOnly, int>> GetContactsMadeAsync();
}
