using WsisConnect.Contracts.Forum;
using WsisConnect.Contracts.Networking;
using WsisConnect.Grains.Abstractions.Agenda;
using WsisConnect.Grains.Abstractions.Identity;
using WsisConnect.Grains.Abstractions.Polls;
using WsisConnect.Grains.Privacy;

namespace WsisConnect.Grains.Polls;

/// <summary>A person's poll ballots: downloaded; on deletion they stay in the counts, as every ballot does.</summary>
public sealed class PollPersonalData(IGrainFactory grains) : IPersonalDataHolder
{
    public async Task ExportAsync(Caller person, PersonalDataDownload download)
    {
        var ballots = new List<PollBallot>();
        foreach (var session in await grains.GetGrain<IAgendaGrain>(ForumKeys.Forum).GetSessionsAsync())
        {
            ballots.AddRange((await grains.GetGrain<ISessionPollsGrain>(session.Id).ListAsync(person))
                .Where(p => p.MyBallot is not null).Select(p => new PollBallot(p.Poll.Id, p.MyBallot!)));
        }
        download.Ballots = [.. ballots];
    }

    // A ballot is kept by voter only to count a changed vote once; the name went with the registration.
    public Task EraseAsync(Caller person) => Task.CompletedTask;
}
