using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Prizes;
using WsisConnect.Grains.Abstractions.Identity;

namespace WsisConnect.Grains.Abstractions.Prizes;

/// <summary>One prize category's votes, keyed by category id: one vote per person, counted exactly.</summary>
public interface IPrizeCategoryGrain : IGrainWithStringKey
{
    /// <summary>Records a vote; a second vote in the category is refused.</summary>
    Task<PrizeVoteReceipt> VoteAsync(Caller caller, string nomineeId);

    /// <summary>The nominee the person voted for, or null.</summary>
    Task<string?> GetVoteAsync(string attendeeId);

    /// <summary>The totals; refused with <c>prize.results_hidden</c> before the winners are published, except to organisers.</summary>
    Task<PrizeResults> GetResultsAsync(Caller caller);

    /// <summary>The categories or the publication changed; the category caches the board for its hot path.</summary>
    Task OnBoardChangedAsync(PrizeBoard board);
}
