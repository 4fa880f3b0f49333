using Microsoft.AspNetCore.Http.HttpResults;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Forum;
using WsisConnect.Contracts.Networking;
using WsisConnect.Grains.Abstractions.Contacts;
using WsisConnect.Grains.Abstractions.Directory;
using WsisConnect.Grains.Abstractions.Messages;
using WsisConnect.Grains.Abstractions.Privacy;
using WsisConnect.Grains.Abstractions.Profiles;
using WsisConnect.Server.Auth;
using WsisConnect.Server.Errors;

namespace WsisConnect.Server.Features.Networking;

/// <summary>Profiles, the directory, suggestions, contacts and their export; live actions are on the hub.</summary>
public static class NetworkingApi
{
    /// <summary>Maps <c>/api/me/profile</c>, <c>/api/people</c>, <c>/api/directory</c> and <c>/api/me/contacts</c>.</summary>
    public static IEndpointRouteBuilder MapNetworkingApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Networking").RequireAuthorization();
        api.MapGet("/me/profile", (HttpContext http, IGrainFactory grains) =>
            grains.GetGrain<IProfileGrain>(http.User.ToCaller().AttendeeId).GetAsync(http.User.ToCaller())).WithName("getMyNetworkingProfile").WithSummary("The caller's networking profile");
        api.MapPut("/me/profile", (NetworkingProfile profile, HttpContext http, IGrainFactory grains) =>
                grains.GetGrain<IProfileGrain>(http.User.ToCaller().AttendeeId).UpdateAsync(http.User.ToCaller(), profile))
            .WithName("updateMyNetworkingProfile").WithSummary("Replace the caller's networking profile and field visibility");
        api.MapGet("/people/{personId}", GetCardAsync).WithName("getPersonCard").WithSummary("A person as the caller may see them").Refuses(ErrorCodes.PersonNotFound);
        api.MapGet("/directory", (string? q, int? skip, int? take, IGrainFactory grains) =>
            grains.GetGrain<IDirectoryGrain>(ForumKeys.Forum).SearchAsync(q, skip ?? 0, take ?? 50)).WithName("searchDirectory").WithSummary("Listed people, by name, organisation or country");
        api.MapGet("/me/contacts", (HttpContext http, IGrainFactory grains) =>
            grains.GetGrain<IContactBookGrain>(http.User.ToCaller().AttendeeId).GetAsync(http.User.ToCaller())).WithName("getMyContacts").WithSummary("The caller's contacts and requests");
        api.MapGet("/me/contacts.vcf", async (HttpContext http, IGrainFactory grains) =>
            TypedResults.Text(ContactExport.ToVCard(await ContactsWithCardsAsync(http, grains)), "text/vcard; charset=utf-8")).WithName("exportMyContactsVCard").WithSummary("The caller's contacts as vCard")
            .Produces<string>(StatusCodes.Status200OK, "text/vcard");
        api.MapGet("/me/contacts.csv", async (HttpContext http, IGrainFactory grains) =>
            TypedResults.Text(ContactExport.ToCsv(await ContactsWithCardsAsync(http, grains)), "text/csv; charset=utf-8")).WithName("exportMyContactsCsv").WithSummary("The caller's contacts as CSV")
            .Produces<string>(StatusCodes.Status200OK, "text/csv");
        api.MapGet("/me/data", async (HttpContext http, IGrainFactory grains) =>
            {
                var caller = http.User.ToCaller();
                http.Response.Headers.ContentDisposition = $"attachment; filename=\"wsisconnect-{caller.AttendeeId}.json\"";
                return TypedResults.Ok(await grains.GetGrain<IAccountGrain>(caller.AttendeeId).ExportAsync(caller));
            })
            .WithName("exportMyData").WithSummary("Everything the forum holds about the caller, as JSON");
        api.MapDelete("/me", DeleteAccountAsync).WithName("deleteMyAccount")
            .WithSummary("Delete the caller's account for good: removed from directories and contacts, questions anonymised");
        api.MapGet("/me/messages/unread", (HttpContext http, IGrainFactory grains) =>
                grains.GetGrain<IInboxGrain>(http.User.ToCaller().AttendeeId).GetUnreadAsync())
            .WithName("getMyUnreadCounts").WithSummary("Unread messages per contact");
        return app;
    }

    private static async Task<NoContent> DeleteAccountAsync(HttpContext http, IGrainFactory grains, TokenRevocations revocations, TimeProvider time)
    {
        var caller = http.User.ToCaller();
        // The person's live connections close first, on every node, so nothing they send lands while the data is
        // erased; signing in again still works until the end, to retry a deletion that failed half-way.
        await revocations.RevokeAsync(caller.AttendeeId, time.GetUtcNow());
        await grains.GetGrain<IAccountGrain>(caller.AttendeeId).DeleteAsync(caller);
        await revocations.RevokeEverythingAsync(caller.AttendeeId);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<ProfileCard>> GetCardAsync(string personId, HttpContext http, IGrainFactory grains)
    {
        var me = http.User.ToCaller().AttendeeId;
        var contact = await grains.GetGrain<IContactBookGrain>(me).IsContactAsync(personId);
        var card = await grains.GetGrain<IProfileGrain>(personId).GetCardAsync(me, contact);
        return card is null ? throw new ForumException(ErrorCodes.PersonNotFound, "There is nobody with this id in the directory.") : TypedResults.Ok(card);
    }

    private static async Task<List<(Contact, ProfileCard?)>> ContactsWithCardsAsync(HttpContext http, IGrainFactory grains)
    {
        var caller = http.User.ToCaller();
        var book = await grains.GetGrain<IContactBookGrain>(caller.AttendeeId).GetAsync(caller);
        var cards = await Task.WhenAll(book.Contacts.Select(c => grains.GetGrain<IProfileGrain>(c.AttendeeId).GetCardAsync(caller.AttendeeId, viewerIsContact: true)));
        return [.. book.Contacts.Select((c, i) => (c, cards[i]))];
    }
}
