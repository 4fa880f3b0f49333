using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Prizes;
using WsisConnect.Grains.Abstractions.Identity;

namespace WsisConnect.Grains.Abstractions.Prizes;

/// <summary>The WSIS Prizes vote of the forum, keyed by <c>ForumKeys.Forum</c>.</summary>
public interface IPrizesGrain : IGrainWithStringKey
{
    /// <summary>The categories and whether winners are published.</summary>
    /// <remarks>Interleaves: a pure read that category grains make while activating during this grain's own pushes.</remarks>
    [Orleans.Concurrency.AlwaysInterleave]
    Task<PrizeBoard> GetBoardAsync();

    /// <summary>Publishes (or replaces) the categories; organisers and the demo loader.</summary>
    Task PublishCategoriesAsync(Caller caller, PrizeCategory[] categories);

    /// <summary>Publishes the winners: totals become visible to all and voting ends. Organisers only.</summary>
    Task PublishWinnersAsync(Caller caller);
}
