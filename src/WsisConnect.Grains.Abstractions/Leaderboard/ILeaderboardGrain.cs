using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Leaderboard;
using WsisConnect.Grains.Abstractions.Identity;

namespace WsisConnect.Grains.Abstractions.Leaderboard;

/// <summary>The engagement leaderboard, keyed by <c>ForumKeys.Forum</c>; it pushes the top 10 when it changes, at most once a second.</summary>
public interface ILeaderboardGrain : IGrainWithStringKey
{
    /// <summary>The top 10 and the caller's place.</summary>
    Task<LeaderboardView> GetAsync(Caller caller);

    /// <summary>Leaves a person (staff) out of the leaderboard, or brings them back; organisers only.</summary>
    Task SetExcludedAsync(Caller caller, string attendeeId, bool excluded);

    /// <summary>The people left out of the leaderboard; organisers only.</summary>
    Task<string[]> GetExcludedAsync(Caller caller);

    /// <summary>Shows the person's name in the top 10, or withholds it (they left the directory); their points stay.</summary>
    Task SetListedAsync(string attendeeId, bool listed);

    /// <summary>Makes sure the grain is active and pushing (called at start-up and when points are awarded).</summary>
    Task WakeAsync();
}
