using System.Globalization;
using CsvHelper;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Forum;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Imports;
using WsisConnect.Contracts.Registration;
using WsisConnect.Grains.Abstractions.Registration;
using WsisConnect.Server.Auth;
using WsisConnect.Server.Errors;
using WsisConnect.Server.Features.Imports;

namespace WsisConnect.Server.Features.Registration;

/// <summary>
/// The registration list for organisers (imports with preview, people, codes for the mail merge, reissue and
/// revoke, badges to print) and the registration desk's walk-ins.
/// </summary>
public static class RegistrationApi
{
    /// <summary>Maps <c>/api/organiser/registration</c>, <c>/api/organiser/people</c>, <c>/api/organiser/badges</c> and <c>/api/desk/walk-ins</c>.</summary>
    public static IEndpointRouteBuilder MapRegistrationApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/organiser").WithTags("Organisers: registration").RequireAuthorization(AuthSetup.OrganiserPolicy);
        api.MapPost("/registration/imports", UploadAsync).WithName("uploadRegistrationImport")
            .WithSummary("Upload the registration list (CSV, as the request body) and get its preview; nothing is applied yet")
            .WithDescription("Columns: external id, name (or first name and last name), organisation, title, country (ISO code or name), stakeholder type, " +
                "participation (on site or remote), role, sessions (ids of sessions moderated), email, language.")
            .Accepts<string>("text/csv")
            .Refuses(ErrorCodes.ImportInvalidFile, ErrorCodes.ImportTooLarge, ErrorCodes.UnsupportedMediaType);
        api.MapGet("/registration/imports/{importId}", (string importId, HttpContext http, IGrainFactory grains) =>
                grains.GetGrain<IRegistrationImportGrain>(importId).PreviewAsync(http.User.ToCaller()))
            .WithName("getRegistrationImport").WithSummary("The preview of a registration import, compared again with the people registered now").Refuses(ErrorCodes.ImportNotFound);
        api.MapPost("/registration/imports/{importId}/confirm", (string importId, ImportConfirmation confirmation, HttpContext http, IGrainFactory grains) =>
                grains.GetGrain<IRegistrationImportGrain>(importId).ConfirmAsync(http.User.ToCaller(), confirmation.SkipInvalid))
            .WithName("confirmRegistrationImport").WithSummary("Apply a registration import: people added with new codes, updated by external id, revoked when no longer listed")
            .Refuses(ErrorCodes.ImportNotFound, ErrorCodes.ImportStale, ErrorCodes.ImportHasErrors);
        api.MapDelete("/registration/imports/{importId}", async (string importId, HttpContext http, IGrainFactory grains) =>
            {
                await grains.GetGrain<IRegistrationImportGrain>(importId).DiscardAsync(http.User.ToCaller());
                return TypedResults.NoContent();
            })
            .WithName("discardRegistrationImport").WithSummary("Throw a registration import away without applying it").Refuses(ErrorCodes.ImportNotFound);
        api.MapGet("/registration/codes.csv", ExportCodesAsync).WithName("exportCodes")
            .WithSummary("Everyone's personal access code and sign-in link as CSV, for the mail merge (formula-safe cells)")
            .Produces<string>(StatusCodes.Status200OK, "text/csv");
        api.MapGet("/people", (string? q, Participation? participation, PersonSource? source, bool? revoked, int? skip, int? take, HttpContext http, IGrainFactory grains) =>
                Registry(grains).SearchAsync(http.User.ToCaller(), new PeopleQuery(q, participation, source, revoked ?? false, skip ?? 0, take ?? 50)))
            .WithName("searchPeople").WithSummary("Registered people, by name, organisation, external id or e-mail");
        api.MapPost("/people/{attendeeId}/code", ReissueAsync).WithName("reissueCode")
            .WithSummary("Replace a person's code: the old code and every token issued for it stop working on every node; returns the new code once")
            .Refuses(ErrorCodes.PersonNotFound);
        api.MapPost("/people/{attendeeId}/revoke", async (string attendeeId, HttpContext http, IGrainFactory grains) =>
            {
                await Registry(grains).RevokeAsync(http.User.ToCaller(), attendeeId);
                return TypedResults.NoContent();
            })
            .WithName("revokePerson").WithSummary("Revoke a person: their code and tokens stop working on every node; contacts and questions stay")
            .Refuses(ErrorCodes.PersonNotFound);
        api.MapGet("/badges", BadgesAsync).WithName("listBadges")
            .WithSummary("Badges to print (contact QR link, and the code for the separate slip) for people matching a filter, a page at a time");

        app.MapPost("/api/desk/walk-ins", RegisterWalkInAsync).WithName("registerWalkIn").WithTags("Registration desk")
            .RequireAuthorization(AuthSetup.RegistrationDeskPolicy)
            .WithSummary("Register a walk-in on site (registration staff and organisers): returns their code, sign-in link and badge, once")
            .ProducesValidationProblem().Refuses(ErrorCodes.RegistrationExists);
        return app;
    }

    private static async Task<Created<ImportPreview>> UploadAsync(HttpContext http, IGrainFactory grains, IOptions<ImportOptions> options, string? fileName, CancellationToken ct)
    {
        var caller = http.User.ToCaller();
        var id = ImportIds.New();
        var import = grains.GetGrain<IRegistrationImportGrain>(id);
        var (body, name) = ImportUpload.Open(http, options.Value, fileName, "registration.csv");
        await import.BeginAsync(caller, name);
        try
        {
            await foreach (var chunk in new RegistrationCsvReader(options.Value.MaxRows).ReadAsync(body, ct))
            {
                await import.AddAsync(chunk.Rows, chunk.Errors, chunk.Warnings);
            }
        }
        catch (Exception ex) when (ex is ForumException || ImportUpload.IsTooLarge(ex))
        {
            await import.DiscardAsync(caller);
            throw ImportUpload.IsTooLarge(ex) ? ImportUpload.TooLarge(options.Value) : ex;
        }
        return TypedResults.Created($"/api/organiser/registration/imports/{id}", await import.PreviewAsync(caller));
    }

    private static async Task ExportCodesAsync(HttpContext http, IGrainFactory grains, PublicLinks links, string? q, Participation? participation, PersonSource? source)
    {
        var caller = http.User.ToCaller();
        var registry = Registry(grains);
        // Asked before anything is written, so a refusal is still a proper problem response.
        await registry.SearchAsync(caller, new PeopleQuery(null, null, null, false, 0, 1));
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = "attachment; filename=\"wsisconnect-codes.csv\"";
        await using var writer = new StreamWriter(http.Response.Body, new System.Text.UTF8Encoding(true));
        await using var csv = new CsvWriter(writer, CsvCells.WriteConfiguration);
        await CodesExport.WriteHeaderAsync(csv);
        const int page = 1_000;
        for (var skip = 0; ; skip += page)
        {
            var records = await registry.GetCodesAsync(caller, new PeopleQuery(q, participation, source, false, skip, page));
            foreach (var record in records)
            {
                await CodesExport.WriteAsync(csv, record, record.Code is { } code ? links.SignIn(http.Request, code) : null);
            }
            await csv.FlushAsync();
            if (records.Length < page) break;
        }
    }

    private static async Task<Ok<IssuedCode>> ReissueAsync(string attendeeId, HttpContext http, IGrainFactory grains, PublicLinks links, BadgePrints badges)
    {
        var caller = http.User.ToCaller();
        var issued = await Registry(grains).ReissueCodeAsync(caller, attendeeId);
        return TypedResults.Ok(new IssuedCode(issued.Profile, issued.Code, links.SignIn(http.Request, issued.Code),
            await badges.ForAsync(http.Request, caller, issued.Profile, issued.Code)));
    }

    private static async Task<Ok<BadgePrint[]>> BadgesAsync(
        HttpContext http, IGrainFactory grains, BadgePrints badges, string? q, Participation? participation, PersonSource? source, int? skip, int? take)
    {
        var caller = http.User.ToCaller();
        var people = await Registry(grains).GetCodesAsync(caller, new PeopleQuery(q, participation, source, false, skip ?? 0, Math.Clamp(take ?? 100, 1, 400)));
        return TypedResults.Ok(await badges.ForAsync(http.Request, caller, people));
    }

    private static async Task<Results<Created<IssuedCode>, ValidationProblem>> RegisterWalkInAsync(
        WalkInRequest request, HttpContext http, IGrainFactory grains, PublicLinks links, BadgePrints badges)
    {
        if (WalkInValidation.Validate(request) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors, extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.Invalid });
        }
        var caller = http.User.ToCaller();
        var row = WalkInValidation.ToRow(request, Participation.OnSite, ForumRoles.Attendee);
        var registered = await Registry(grains).RegisterAsync(caller, new NewPerson(row, PersonSource.Desk, null, null));
        var badge = await badges.ForAsync(http.Request, caller, registered.Profile, registered.Code);
        return TypedResults.Created($"/api/organiser/people?q={registered.Profile.Id}",
            new IssuedCode(registered.Profile, registered.Code, links.SignIn(http.Request, registered.Code), badge));
    }

    private static IRegistrationGrain Registry(IGrainFactory grains) => grains.GetGrain<IRegistrationGrain>(ForumKeys.Forum);
}
