using WsisConnect.Contracts.Forum;
using WsisConnect.Contracts.Networking;
using WsisConnect.Grains.Abstractions.Identity;
using WsisConnect.Grains.Abstractions.Prizes;
using WsisConnect.Grains.Privacy;

namespace WsisConnect.Grains.Prizes;

/// <summary>A person's prize votes: downloaded; on deletion they stay in the counts, as every vote does.</summary>
public sealed class PrizePersonalData(IGrainFactory grains) : IPersonalDataHolder
{
    public async Task ExportAsync(Caller person, PersonalDataDownload download)
    {
        var votes = new List<PrizeChoice>();
        foreach (var category in (await grains.GetGrain<IPrizesGrain>(ForumKeys.Forum).GetBoardAsync()).Categories)
        {
            if (await grains.GetGrain<IPrizeCategoryGrain>(category.Id).GetVoteAsync(person.AttendeeId) is { } nominee) votes.Add(new PrizeChoice(category.Id, nominee));
        }
        download.PrizeVotes = [.. votes];
    }

    // One vote per person and category is how a second vote is refused, so the vote stays, nameless like a ballot.
    public Task EraseAsync(Caller person) => Task.CompletedTask;
}
