using Microsoft.AspNetCore.Http.HttpResults;
using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Forum;
using WsisConnect.Grains.Abstractions.Agenda;
using WsisConnect.Server.Errors;

namespace WsisConnect.Server.Features.Agenda;

/// <summary>The agenda: browse by day, room, format, action line and SDG; one session's details.</summary>
public static class AgendaApi
{
    /// <summary>Maps <c>/api/agenda</c> and <c>/api/sessions/{sessionId}</c>.</summary>
    public static IEndpointRouteBuilder MapAgendaApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/agenda", GetAgendaAsync).WithName("getAgenda").WithTags("Agenda")
            .WithSummary("Sessions, filtered by day, room, format, action line (C1-C11), SDG (1-17) and text");
        app.MapGet("/api/sessions/{sessionId}", GetSessionAsync).WithName("getSession").WithTags("Agenda")
            .WithSummary("One session").Refuses(ErrorCodes.SessionNotFound);
        return app;
    }

    private static async Task<Ok<AgendaPage>> GetAgendaAsync(
        IGrainFactory grains, DateOnly? day, string? room, SessionFormat? format, string? actionLine, int? sdg, string? q)
    {
        var snapshot = await grains.GetGrain<IAgendaGrain>(ForumKeys.Forum).GetSnapshotAsync();
        var all = snapshot.Sessions;
        var matching = all.Where(s =>
                (day is null || s.Day == day)
                && (string.IsNullOrEmpty(room) || string.Equals(s.Room, room, StringComparison.OrdinalIgnoreCase))
                && (format is null || s.Format == format)
                && (string.IsNullOrEmpty(actionLine) || s.ActionLines.Contains(actionLine, StringComparer.OrdinalIgnoreCase))
                && (sdg is null || s.Sdgs.Contains(sdg.Value))
                && (string.IsNullOrWhiteSpace(q) || Matches(s, q.Trim())))
            .ToList();
        return TypedResults.Ok(new AgendaPage(
            matching,
            [.. all.Select(s => s.Day).Distinct().Order()],
            snapshot.Rooms,
            [.. all.Select(s => s.Format).Distinct().Order()],
            snapshot.Version));
    }

    private static bool Matches(SessionDetails session, string text) =>
        session.Title.Contains(text, StringComparison.OrdinalIgnoreCase)
        || session.Description.Contains(text, StringComparison.OrdinalIgnoreCase)
        || session.Speakers.Any(s => s.Contains(text, StringComparison.OrdinalIgnoreCase))
        || (session.Track?.Contains(text, StringComparison.OrdinalIgnoreCase) ?? false);

    private static async Task<Ok<SessionDetails>> GetSessionAsync(string sessionId, IGrainFactory grains)
    {
        var session = await grains.GetGrain<ISessionGrain>(sessionId).GetAsync();
        return session is null
            ? throw new ForumException(ErrorCodes.SessionNotFound, $"There is no session {sessionId}.")
            : TypedResults.Ok(session);
    }
}
