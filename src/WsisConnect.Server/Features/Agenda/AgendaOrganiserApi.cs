using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Forum;
using WsisConnect.Contracts.Imports;
using WsisConnect.Grains.Abstractions.Agenda;
using WsisConnect.Server.Auth;
using WsisConnect.Server.Errors;
using WsisConnect.Server.Features.Imports;

namespace WsisConnect.Server.Features.Agenda;

/// <summary>The organisers' agenda: importing schedule files (preview, confirm), editing sessions and rooms by hand.</summary>
public static class AgendaOrganiserApi
{
    /// <summary>Maps <c>/api/organiser/agenda/imports</c>, <c>/api/organiser/sessions</c> and <c>/api/organiser/rooms</c>; organisers only.</summary>
    public static IEndpointRouteBuilder MapAgendaOrganiserApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/organiser").WithTags("Organisers: agenda").RequireAuthorization(AuthSetup.OrganiserPolicy);
        api.MapPost("/agenda/imports", UploadAsync).WithName("uploadAgendaImport")
            .WithSummary("Upload an agenda (frab/pretalx schedule.json or CSV, as the request body) and get its preview; nothing is applied yet")
            .WithDescription("The format comes from ?format=frab|csv, else the Content-Type, else the file name (?fileName=), else the first character. " +
                "CSV columns: id, title, day, start, end, room, format, action lines, SDGs, speakers, moderators, description, track, question mode.")
            .Accepts<string>("application/json", "text/csv")
            .Refuses(ErrorCodes.ImportInvalidFile, ErrorCodes.ImportTooLarge, ErrorCodes.UnsupportedMediaType);
        api.MapGet("/agenda/imports/{importId}", (string importId, HttpContext http, IGrainFactory grains) =>
                grains.GetGrain<IAgendaImportGrain>(importId).PreviewAsync(http.User.ToCaller()))
            .WithName("getAgendaImport").WithSummary("The preview of an agenda import, compared again with the agenda as it is now").Refuses(ErrorCodes.ImportNotFound);
        api.MapPost("/agenda/imports/{importId}/confirm", (string importId, ImportConfirmation confirmation, HttpContext http, IGrainFactory grains) =>
                grains.GetGrain<IAgendaImportGrain>(importId).ConfirmAsync(http.User.ToCaller(), confirmation.SkipInvalid))
            .WithName("confirmAgendaImport").WithSummary("Apply an agenda import: sessions added, updated in place by id, removed when no longer in the file; watchers see it live")
            .Refuses(ErrorCodes.ImportNotFound, ErrorCodes.ImportStale, ErrorCodes.ImportHasErrors);
        api.MapDelete("/agenda/imports/{importId}", async (string importId, HttpContext http, IGrainFactory grains) =>
            {
                await grains.GetGrain<IAgendaImportGrain>(importId).DiscardAsync(http.User.ToCaller());
                return TypedResults.NoContent();
            })
            .WithName("discardAgendaImport").WithSummary("Throw an agenda import away without applying it").Refuses(ErrorCodes.ImportNotFound);
        api.MapPost("/sessions", CreateSessionAsync).WithName("createSession").WithSummary("Add a session by hand")
            .ProducesValidationProblem().Refuses(ErrorCodes.SessionExists);
        api.MapPut("/sessions/{sessionId}", SaveSessionAsync).WithName("updateSession").WithSummary("Change a session by hand: title, time, room, format, tags, speakers, moderators, question mode")
            .ProducesValidationProblem().Refuses(ErrorCodes.SessionNotFound);
        api.MapDelete("/sessions/{sessionId}", async (string sessionId, HttpContext http, IGrainFactory grains) =>
            {
                await Agenda(grains).RemoveSessionAsync(http.User.ToCaller(), sessionId);
                return TypedResults.NoContent();
            })
            .WithName("removeSession").WithSummary("Take a session off the agenda (its questions, polls and check-ins stay stored)").Refuses(ErrorCodes.SessionNotFound);
        api.MapPost("/rooms", (RoomName room, HttpContext http, IGrainFactory grains) =>
                Agenda(grains).AddRoomAsync(http.User.ToCaller(), SessionValidation.RequireRoom(room.Name)))
            .WithName("addRoom").WithSummary("Add a room").Refuses(ErrorCodes.RoomExists);
        api.MapPut("/rooms/{room}", (string room, RoomName renamed, HttpContext http, IGrainFactory grains) =>
                Agenda(grains).RenameRoomAsync(http.User.ToCaller(), room, SessionValidation.RequireRoom(renamed.Name)))
            .WithName("renameRoom").WithSummary("Rename a room, moving every session in it").Refuses(ErrorCodes.RoomNotFound, ErrorCodes.RoomExists);
        api.MapDelete("/rooms/{room}", (string room, HttpContext http, IGrainFactory grains) => Agenda(grains).RemoveRoomAsync(http.User.ToCaller(), room))
            .WithName("removeRoom").WithSummary("Remove a room no session takes place in").Refuses(ErrorCodes.RoomNotFound, ErrorCodes.RoomNotEmpty);
        return app;
    }

    private static async Task<Created<ImportPreview>> UploadAsync(
        HttpContext http, IGrainFactory grains, IOptions<ImportOptions> options, string? format, string? fileName, CancellationToken ct)
    {
        var caller = http.User.ToCaller();
        var id = ImportIds.New();
        var import = grains.GetGrain<IAgendaImportGrain>(id);
        var (body, name) = ImportUpload.Open(http, options.Value, fileName, "agenda");
        await import.BeginAsync(caller, name);
        try
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);
            await foreach (var chunk in AgendaImportReading.ReadAsync(body, format, http.Request.ContentType, name, zone, ct))
            {
                await import.AddAsync(chunk.Rows, chunk.Errors, chunk.Warnings);
            }
        }
        catch (Exception ex) when (ex is ForumException || ImportUpload.IsTooLarge(ex))
        {
            await import.DiscardAsync(caller);
            throw ImportUpload.IsTooLarge(ex) ? ImportUpload.TooLarge(options.Value) : ex;
        }
        return TypedResults.Created($"/api/organiser/agenda/imports/{id}", await import.PreviewAsync(caller));
    }

    private static async Task<Results<Created<SessionDetails>, ValidationProblem>> CreateSessionAsync(SessionDraft draft, HttpContext http, IGrainFactory grains)
    {
        if (await SessionValidation.ValidateAsync(draft, grains) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors, extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.Invalid });
        }
        var session = SessionValidation.ToSession("s-" + Guid.NewGuid().ToString("N")[..10], draft, SessionStatus.Scheduled);
        var created = await Agenda(grains).SaveSessionAsync(http.User.ToCaller(), session, create: true);
        return TypedResults.Created($"/api/sessions/{created.Id}", created);
    }

    private static async Task<Results<Ok<SessionDetails>, ValidationProblem>> SaveSessionAsync(string sessionId, SessionDraft draft, HttpContext http, IGrainFactory grains)
    {
        var current = await grains.GetGrain<ISessionGrain>(sessionId).GetAsync()
            ?? throw new ForumException(ErrorCodes.SessionNotFound, $"There is no session {sessionId}.");
        if (await SessionValidation.ValidateAsync(draft, grains) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors, extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.Invalid });
        }
        return TypedResults.Ok(await Agenda(grains).SaveSessionAsync(http.User.ToCaller(), SessionValidation.ToSession(sessionId, draft, current.Status), create: false));
    }

    private static IAgendaGrain Agenda(IGrainFactory grains) => grains.GetGrain<IAgendaGrain>(ForumKeys.Forum);
}
