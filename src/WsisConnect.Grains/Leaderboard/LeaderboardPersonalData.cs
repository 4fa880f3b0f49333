using WsisConnect.Contracts.Forum;
using WsisConnect.Grains.Abstractions.Identity;
using WsisConnect.Grains.Abstractions.Leaderboard;
using WsisConnect.Grains.Privacy;

namespace WsisConnect.Grains.Leaderboard;

/// <summary>A person's points, rank and name on the leaderboard.</summary>
public sealed class LeaderboardPersonalData(IGrainFactory grains, LeaderboardStore store) : IPersonalDataHolder
{
    public async Task ExportAsync(Caller person, PersonalDataDownload download) =>
        download.Leaderboard = await grains.GetGrain<ILeaderboardGrain>(ForumKeys.Forum).GetAsync(person);

    public Task EraseAsync(Caller person) => store.ForgetAsync(person.AttendeeId);
}
