using System.Net;
using WsisConnect.Client.Http;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Networking;
using WsisConnect.Grains.Abstractions.Contacts;
using WsisConnect.Grains.Abstractions.Identity;
using WsisConnect.Server.Tests.Infrastructure;
using Xunit;

namespace WsisConnect.Server.Tests.Profiles;

/// <summary>Profiles, field visibility, the directory, suggestions and contact export.</summary>
[Collection(ServerCollection.Name)]
public sealed class ProfileTests(ForumServerFixture server)
{
    private static NetworkingProfile Interests(params string[] actionLines) => NetworkingProfile.Empty with
    {
        ActionLines = actionLines,
        Sdgs = [3, 9],
        Languages = ["fr", "en"],
        Bio = "Runs a rural telemedicine network.",
        Links = ["https://example.org/telemed"],
        Visibility = new ProfileVisibility(Title: FieldVisibility.Nobody, Bio: FieldVisibility.Contacts, Links: FieldVisibility.Contacts),
    };

    [Fact]
    public async Task EachFieldIsShownOnlyToWhomItsVisibilityAllows()
    {
        await using var owner = await server.SignInAsync("Dr Awa Ndiaye");
        await using var contact = await server.SignInAsync("Contact");
        await using var other = await server.SignInAsync("Another attendee");
        await owner.Api.UpdateMyProfileAsync(Interests("C7 e-health", "C2"));
        await contact.Live.ScanBadge((await owner.Live.GetBadge()).Token, null, null);

        var seenByOther = await other.Api.GetPersonAsync(owner.Profile.Id);
        var seenByContact = await WaitForContactCardAsync(contact, owner.Profile.Id);

        Assert.Equal(("Test Organisation", null, null, null), (seenByOther.Organisation, seenByOther.Title, seenByOther.Bio, seenByOther.Links));
        Assert.Equal(["C7 e-health", "C2"], seenByOther.ActionLines!);
        Assert.Equal("Runs a rural telemedicine network.", seenByContact.Bio);
        Assert.Null(seenByContact.Title);
        Assert.Equal("Delegate", (await owner.Api.GetPersonAsync(owner.Profile.Id)).Title);
    }

    [Fact]
    public async Task OverLongFieldsAreRefusedAndTheStoredProfileStays()
    {
        await using var owner = await server.SignInAsync("Owner");
        await owner.Api.UpdateMyProfileAsync(Interests("C4"));

        foreach (var bad in new[]
        {
            Interests("C4") with { Bio = new string('b', 501) },
            Interests("C4") with { Links = ["javascript:alert(1)"] },
            Interests("C12"),
            Interests("C4") with { Sdgs = [18] },
            Interests("C4") with { Links = [.. Enumerable.Range(0, 6).Select(i => $"https://example.org/{i}")] },
        })
        {
            var error = await Assert.ThrowsAsync<ForumApiException>(() => owner.Api.UpdateMyProfileAsync(bad));
            Assert.Equal((HttpStatusCode.BadRequest, ErrorCodes.Invalid), (error.Status, error.Code));
        }
        Assert.Equal(["C4"], (await owner.Api.GetMyProfileAsync()).ActionLines);
    }

    [Fact]
    public async Task LeavingTheDirectoryHidesAPersonFromSearchSuggestionsAndStrangers()
    {
        var marker = "Zq" + Guid.NewGuid().ToString("N")[..6];
        await using var leaver = await server.SignInAsync($"Leaver {marker}");
        await using var seeker = await server.SignInAsync("Seeker");
        await leaver.Api.UpdateMyProfileAsync(Interests("C9"));
        await seeker.Api.UpdateMyProfileAsync(Interests("C9"));
        Assert.Single(await seeker.Api.SearchDirectoryAsync(marker));

        await leaver.Api.UpdateMyProfileAsync(Interests("C9") with { Listed = false });

        Assert.Empty(await seeker.Api.SearchDirectoryAsync(marker));
        Assert.DoesNotContain(await seeker.Live.GetSuggestions(50), s => s.Person.AttendeeId == leaver.Profile.Id);
        var hidden = await Assert.ThrowsAsync<ForumApiException>(() => seeker.Api.GetPersonAsync(leaver.Profile.Id));
        Assert.Equal(ErrorCodes.PersonNotFound, hidden.Code);
    }

    [Fact]
    public async Task SuggestionsAreRankedBySharedInterestsAndExplainedByWhatIsShared()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        await using var me = await server.SignInAsync("Me");
        await using var close = await server.SignInAsync("Close match");
        await using var loose = await server.SignInAsync("Loose match");
        await me.Api.UpdateMyProfileAsync(Interests("C2", "C5", "C7 e-health") with { Tracks = [$"track-{tag}"] });
        await close.Api.UpdateMyProfileAsync(Interests("C2", "C5", "C7 e-health") with { Tracks = [$"track-{tag}"] });
        await loose.Api.UpdateMyProfileAsync(NetworkingProfile.Empty with { ActionLines = ["C5"] });

        var suggestions = await me.Live.GetSuggestions(50);

        var best = suggestions.First(s => s.Person.AttendeeId == close.Profile.Id);
        Assert.True(best.Score > suggestions.First(s => s.Person.AttendeeId == loose.Profile.Id).Score);
        var lines = Assert.Single(best.Reasons, r => r.Kind == MatchReasonKind.SharedActionLines);
        Assert.Equal(3, lines.Count);
        Assert.Equal(["C2", "C5", "C7 e-health"], lines.Codes);
        Assert.Equal([$"track-{tag}"], Assert.Single(best.Reasons, r => r.Kind == MatchReasonKind.SharedTracks).Codes);
        Assert.DoesNotContain(suggestions, s => s.Person.AttendeeId == me.Profile.Id);
    }

    [Fact]
    public async Task ContactsExportAsVCardAndCsvWithNotesAndNobodyElseReadsThem()
    {
        await using var me = await server.SignInAsync("Exporter");
        await using var lead = await server.SignInAsync("Lead, with comma");
        await me.Live.ScanBadge((await lead.Live.GetBadge()).Token, "=SUM(A1) call back", ["lead"]);
        await WaitForBookAsync(me, 1);

        var vcard = await me.Api.ExportContactsAsync("vcf");
        var csv = await me.Api.ExportContactsAsync("csv");

        Assert.Contains("FN:Lead\\, with comma", vcard, StringComparison.Ordinal);
        Assert.Contains("CATEGORIES:lead", vcard, StringComparison.Ordinal);
        Assert.Contains("\"'=SUM(A1) call back\"", csv, StringComparison.Ordinal);
        Assert.DoesNotContain((await lead.Api.GetMyContactsAsync()).Contacts, c => c.Note.Length > 0);
        // The hub and the API only ever open the caller's own book; the book itself refuses anyone else.
        var forbidden = await Assert.ThrowsAsync<ForumException>(() =>
            server.Grains.GetGrain<IContactBookGrain>(me.Profile.Id).GetAsync(new Caller(lead.Profile.Id, "Lead", ForumRoles.Attendee, Participation.OnSite)));
        Assert.Equal(ErrorCodes.Forbidden, forbidden.Code);
    }

    private static async Task<ProfileCard> WaitForContactCardAsync(Participant viewer, string attendeeId)
    {
        ProfileCard? card = null;
        await Waits.UntilAsync(async () => (card = await viewer.Api.GetPersonAsync(attendeeId)).IsContact, $"{attendeeId} is a contact of {viewer.Profile.Name}");
        return card!;
    }

    private static Task WaitForBookAsync(Participant who, int count) =>
        Waits.UntilAsync(async () => (await who.Live.GetContactBook()).Contacts.Length >= count, $"{who.Profile.Name} has {count} contacts");
}
