using Microsoft.AspNetCore.Http.HttpResults;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Forum;
using WsisConnect.Contracts.Prizes;
using WsisConnect.Grains.Abstractions.Prizes;
using WsisConnect.Server.Auth;
using WsisConnect.Server.Errors;

namespace WsisConnect.Server.Features.Prizes;

/// <summary>The WSIS Prizes vote over HTTP: votes come over days from many people, not in a room's burst.</summary>
public static class PrizesApi
{
    /// <summary>Maps <c>/api/prizes</c>.</summary>
    public static IEndpointRouteBuilder MapPrizesApi(this IEndpointRouteBuilder app)
    {
        var prizes = app.MapGroup("/api/prizes").WithTags("WSIS Prizes").RequireAuthorization();
        prizes.MapGet("", GetBoardAsync).WithName("getPrizeBoard").WithSummary("Categories, nominees, whether winners are published, and the caller's votes");
        prizes.MapPost("/{categoryId}/votes", VoteAsync).WithName("castPrizeVote").WithSummary("Vote for a nominee, once per category")
            .Refuses(ErrorCodes.PrizeNotFound, ErrorCodes.PrizeAlreadyVoted, ErrorCodes.PrizeVotingClosed);
        prizes.MapGet("/{categoryId}/results", (string categoryId, HttpContext http, IGrainFactory grains) =>
                grains.GetGrain<IPrizeCategoryGrain>(categoryId).GetResultsAsync(http.User.ToCaller()))
            .WithName("getPrizeResults").WithSummary("A category's totals: hidden until the winners are published, except to organisers")
            .Refuses(ErrorCodes.PrizeNotFound, ErrorCodes.PrizeResultsHidden);
        prizes.MapPost("/winners", PublishWinnersAsync).WithName("publishPrizeWinners").WithSummary("Publish the winners (organisers): totals become public, voting ends")
            .RequireAuthorization(AuthSetup.OrganiserPolicy);
        return app;
    }

    private static async Task<Ok<PrizeBoardView>> GetBoardAsync(HttpContext http, IGrainFactory grains)
    {
        var board = await grains.GetGrain<IPrizesGrain>(ForumKeys.Forum).GetBoardAsync();
        var me = http.User.ToCaller().AttendeeId;
        var votes = await Task.WhenAll(board.Categories.Select(async c => (c.Id, Nominee: await grains.GetGrain<IPrizeCategoryGrain>(c.Id).GetVoteAsync(me))));
        return TypedResults.Ok(new PrizeBoardView(board.Categories, board.WinnersPublished,
            votes.Where(v => v.Nominee is not null).ToDictionary(v => v.Id, v => v.Nominee!)));
    }

    private static async Task<Created<PrizeVoteReceipt>> VoteAsync(string categoryId, PrizeVoteRequest request, HttpContext http, IGrainFactory grains)
    {
        if (string.IsNullOrWhiteSpace(request.NomineeId))
        {
            throw new ForumException(ErrorCodes.PrizeNotFound, "Name a nominee of the category.");
        }
        var receipt = await grains.GetGrain<IPrizeCategoryGrain>(categoryId).VoteAsync(http.User.ToCaller(), request.NomineeId);
        return TypedResults.Created($"/api/prizes/{categoryId}/votes", receipt);
    }

    private static async Task<NoContent> PublishWinnersAsync(HttpContext http, IGrainFactory grains)
    {
        await grains.GetGrain<IPrizesGrain>(ForumKeys.Forum).PublishWinnersAsync(http.User.ToCaller());
        return TypedResults.NoContent();
    }
}
