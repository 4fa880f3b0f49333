using Microsoft.AspNetCore.Http.HttpResults;
using WsisConnect.Contracts.Forum;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Leaderboard;
using WsisConnect.Contracts.Registration;
using WsisConnect.Grains.Abstractions.Identity;
using WsisConnect.Grains.Abstractions.Leaderboard;
using WsisConnect.Server.Auth;

namespace WsisConnect.Server.Features.Leaderboard;

/// <summary>The engagement leaderboard.</summary>
public static class LeaderboardApi
{
    /// <summary>Maps <c>/api/leaderboard</c>.</summary>
    public static IEndpointRouteBuilder MapLeaderboardApi(this IEndpointRouteBuilder app)
    {
        var board = app.MapGroup("/api/leaderboard").WithTags("Leaderboard").RequireAuthorization();
        board.MapGet("", (HttpContext http, IGrainFactory grains) =>
                grains.GetGrain<ILeaderboardGrain>(ForumKeys.Forum).GetAsync(http.User.ToCaller()))
            .WithName("getLeaderboard").WithSummary("The top 10 and the caller's rank and points");
        board.MapGet("/excluded", GetExcludedAsync).WithName("listLeaderboardExclusions")
            .WithSummary("The people left out of the leaderboard (organisers)")
            .RequireAuthorization(AuthSetup.OrganiserPolicy);
        board.MapPut("/excluded/{attendeeId}", SetExcludedAsync).WithName("setLeaderboardExclusion")
            .WithSummary("Leave a person (staff) out of the leaderboard, or bring them back (organisers)")
            .RequireAuthorization(AuthSetup.OrganiserPolicy);
        return app;
    }

    private static async Task<Ok<ExcludedPerson[]>> GetExcludedAsync(HttpContext http, IGrainFactory grains)
    {
        var ids = await grains.GetGrain<ILeaderboardGrain>(ForumKeys.Forum).GetExcludedAsync(http.User.ToCaller());
        var people = await Task.WhenAll(ids.Select(async id => new ExcludedPerson(id, (await grains.GetGrain<IAttendeeGrain>(id).GetProfileAsync())?.Name)));
        return TypedResults.Ok(people);
    }

    private static async Task<NoContent> SetExcludedAsync(string attendeeId, ExclusionRequest request, HttpContext http, IGrainFactory grains)
    {
        await grains.GetGrain<ILeaderboardGrain>(ForumKeys.Forum).SetExcludedAsync(http.User.ToCaller(), attendeeId, request.Excluded);
        return TypedResults.NoContent();
    }
}
