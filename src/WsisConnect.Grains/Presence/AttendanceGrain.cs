using WsisConnect.Contracts.Networking;
using WsisConnect.Grains.Abstractions.Presence;

namespace WsisConnect.Grains.Presence;

/// <summary>Reads the Presence feature's outcome counts (<see cref="AttendanceTallies"/>); holds nothing.</summary>
[StatelessWorker]
public sealed class AttendanceGrain(AttendanceTallies tallies) : Grain, IAttendanceGrain
{
    public Task<AttendanceTally[]> GetTalliesAsync(string[] scopes) => tallies.ReadAsync(scopes);

    public Task<Dictionary<DateOnly, int>> GetContactsMadeAsync() => tallies.ReadContactsAsync();
}
