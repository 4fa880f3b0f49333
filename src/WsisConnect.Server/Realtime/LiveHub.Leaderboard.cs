using WsisConnect.Contracts.Forum;
using WsisConnect.Contracts.Leaderboard;
using WsisConnect.Grains.Abstractions.Leaderboard;

namespace WsisConnect.Server.Realtime;

public sealed partial class LiveHub
{
    public Task<LeaderboardView> GetLeaderboard() =>
        grains.GetGrain<ILeaderboardGrain>(ForumKeys.Forum).GetAsync(CurrentCaller);
}
