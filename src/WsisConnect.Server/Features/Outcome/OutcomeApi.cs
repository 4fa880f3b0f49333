using CsvHelper;
using Microsoft.AspNetCore.Http.HttpResults;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Forum;
using WsisConnect.Contracts.Outcome;
using WsisConnect.Server.Auth;
using WsisConnect.Server.Errors;
using WsisConnect.Server.Features.Imports;

namespace WsisConnect.Server.Features.Outcome;

/// <summary>The forum's outcome as open data (organisers) and each session's questions and poll results (its moderators).</summary>
public static class OutcomeApi
{
    /// <summary>Maps <c>/api/organiser/outcome</c> and <c>/api/sessions/{sessionId}/outcome</c>, each as JSON and <c>.csv</c>.</summary>
    public static IEndpointRouteBuilder MapOutcomeApi(this IEndpointRouteBuilder app)
    {
        var organisers = app.MapGroup("/api/organiser").WithTags("Organisers: outcome").RequireAuthorization(AuthSetup.OrganiserPolicy);
        organisers.MapGet("/outcome", GetReportAsync).WithName("getOutcome")
            .WithSummary("The forum's outcome: per day, session, action line and SDG; aggregates only, country cells under 5 merged into \"other\"");
        organisers.MapGet("/outcome.csv", ExportReportAsync).WithName("exportOutcome")
            .WithSummary("The outcome as one CSV table, a row per figure (scope, scope_id, measure, category, value)")
            .Produces<string>(StatusCodes.Status200OK, "text/csv");

        var sessions = app.MapGroup("/api/sessions/{sessionId}").WithTags("Outcome").RequireAuthorization();
        sessions.MapGet("/outcome", GetSessionAsync).WithName("getSessionOutcome")
            .WithSummary("The session's questions (without askers) and poll results; its moderators and organisers only")
            .Refuses(ErrorCodes.SessionNotFound, ErrorCodes.Forbidden);
        sessions.MapGet("/outcome.csv", ExportSessionAsync).WithName("exportSessionOutcome")
            .WithSummary("The session's questions and poll results as CSV; its moderators and organisers only")
            .Produces<string>(StatusCodes.Status200OK, "text/csv")
            .Refuses(ErrorCodes.SessionNotFound, ErrorCodes.Forbidden);
        return app;
    }

    private static async Task<Ok<OutcomeReport>> GetReportAsync(HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await Outcome(grains).GetReportAsync(http.User.ToCaller()));

    private static async Task ExportReportAsync(HttpContext http, IGrainFactory grains)
    {
        // Built before anything is written, so a refusal is still a proper problem response.
        var report = await Outcome(grains).GetReportAsync(http.User.ToCaller());
        await WriteCsvAsync(http, "wsisconnect-outcome.csv", csv => OutcomeCsv.WriteAsync(csv, report));
    }

    private static async Task<Ok<SessionOutcome>> GetSessionAsync(string sessionId, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await Outcome(grains).GetSessionAsync(http.User.ToCaller(), sessionId));

    private static async Task ExportSessionAsync(string sessionId, HttpContext http, IGrainFactory grains)
    {
        var outcome = await Outcome(grains).GetSessionAsync(http.User.ToCaller(), sessionId);
        await WriteCsvAsync(http, $"wsisconnect-{sessionId}.csv", csv => SessionOutcomeCsv.WriteAsync(csv, outcome));
    }

    private static async Task WriteCsvAsync(HttpContext http, string fileName, Func<CsvWriter, Task> write)
    {
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        await using var writer = new StreamWriter(http.Response.Body, new System.Text.UTF8Encoding(true));
        await using var csv = new CsvWriter(writer, CsvCells.WriteConfiguration);
        await write(csv);
        await csv.FlushAsync();
    }

    private static IOutcomeGrain Outcome(IGrainFactory grains) => grains.GetGrain<IOutcomeGrain>(ForumKeys.Forum);
}
