using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Prizes;
using WsisConnect.Grains.Abstractions.Identity;
using WsisConnect.Grains.Abstractions.Prizes;

namespace WsisConnect.Grains.Prizes;

/// <summary>The WSIS Prizes vote: its categories and whether the winners are out.</summary>
public sealed class PrizesGrain([PersistentState("prizes")] IPersistentState<PrizesState> state) : Grain, IPrizesGrain
{
    public Task<PrizeBoard> GetBoardAsync() => Task.FromResult(new PrizeBoard(state.State.Categories, state.State.WinnersPublished));

    public async Task PublishCategoriesAsync(Caller caller, PrizeCategory[] categories)
    {
        EnsureOrganiser(caller);
        if (categories.Length == 0 || categories.Any(c => c.Nominees.Length == 0)
            || categories.Select(c => c.Id).Distinct().Count() != categories.Length)
        {
            throw new ForumException(ErrorCodes.Invalid, "Each category needs a unique id and at least one nominee.");
        }
        state.State.Categories = categories;
        await state.WriteStateAsync();
        await AnnounceAsync();
    }

    public async Task PublishWinnersAsync(Caller caller)
    {
        EnsureOrganiser(caller);
        state.State.WinnersPublished = true;
        await state.WriteStateAsync();
        await AnnounceAsync();
    }

    /// <summary>Every category stops taking votes (or learns its nominees) before the caller hears back.</summary>
    private async Task AnnounceAsync()
    {
        var board = new PrizeBoard(state.State.Categories, state.State.WinnersPublished);
        await Task.WhenAll(board.Categories.Select(c => GrainFactory.GetGrain<IPrizeCategoryGrain>(c.Id).OnBoardChangedAsync(board)));
    }

    private static void EnsureOrganiser(Caller caller)
    {
        if (!caller.IsOrganiser)
        {
            throw new ForumException(ErrorCodes.Forbidden, "Only organisers manage the WSIS Prizes vote.");
        }
    }
}
