using Microsoft.AspNetCore.Http.HttpResults;
using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Forum;
using WsisConnect.Grains.Abstractions.Agenda;
using WsisConnect.Grains.Abstractions.Forum;
using WsisConnect.Server.Auth;

namespace WsisConnect.Server.Features.Forum;

/// <summary>Forum facts and the organisers' switches.</summary>
public static class ForumApi
{
    /// <summary>Maps <c>/api/forum</c>.</summary>
    public static IEndpointRouteBuilder MapForumApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/forum", GetAsync).WithName("getForum").WithTags("Forum").WithSummary("The forum's name, dates and whether self-registration is open");
        app.MapPut("/api/forum/settings", (ForumSettings settings, HttpContext http, IGrainFactory grains) =>
                grains.GetGrain<IForumGrain>(ForumKeys.Forum).UpdateSettingsAsync(http.User.ToCaller(), settings))
            .WithName("updateForumSettings").WithTags("Forum").WithSummary("Change forum settings (organisers)")
            .RequireAuthorization(AuthSetup.OrganiserPolicy);
        return app;
    }

    private static async Task<Ok<ForumInfo>> GetAsync(
        HttpRequest request, IGrainFactory grains, Microsoft.Extensions.Options.IOptions<Imports.ImportOptions> options, Imports.PublicLinks links)
    {
        var forum = grains.GetGrain<IForumGrain>(ForumKeys.Forum);
        var settings = await forum.GetSettingsAsync();
        var sessions = await grains.GetGrain<IAgendaGrain>(ForumKeys.Forum).GetSessionsAsync();
        var first = sessions.Count > 0 ? sessions.Min(s => s.Day) : DateOnly.FromDateTime(DateTime.UtcNow);
        var last = sessions.Count > 0 ? sessions.Max(s => s.Day) : first;
        return TypedResults.Ok(new ForumInfo("WSIS Forum", first, last, options.Value.TimeZone, settings.SelfRegistrationOpen, !await forum.HasOrganiserAsync(), links.Origin(request)));
    }
}
