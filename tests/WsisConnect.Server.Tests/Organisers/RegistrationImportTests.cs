using System.Net;
using WsisConnect.Client.Http;
using WsisConnect.Client.Live;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Imports;
using WsisConnect.Contracts.Registration;
using WsisConnect.Server.Tests.Infrastructure;
using Xunit;

namespace WsisConnect.Server.Tests.Organisers;

/// <summary>Loading the registration list, issuing codes for the mail merge, and keeping the list in step.</summary>
[Collection(OrganiserCollection.Name)]
public sealed class RegistrationImportTests(OrganiserServerFixture server)
{
    [Fact]
    public async Task ElevenThousandPeopleImportSignInWithTheirExportedCodesAndAReimportChangesExactlyWhatChanged()
    {
        var organiser = await server.OrganiserAsync();
        var people = Enumerable.Range(1, 11_000).ToList();

        var preview = await organiser.ImportRegistrationAsync(new MemoryStream(RegistrationList.Csv(people.Select(n => RegistrationList.Row("W", n)))), "wsis-registrations.csv").WaitAsync(Waits.Import);
        Assert.Empty(preview.Errors);
        // Whoever an earlier test's list registered is no longer in this one, and would be revoked: not counted here.
        Assert.Equal((11_000, 11_000, 0), (preview.Rows, preview.Added, preview.Changed));
        Assert.Equal(0, (await organiser.SearchPeopleAsync("W-00001")).Total);
        var applied = await organiser.ConfirmRegistrationImportAsync(preview.Id).WaitAsync(Waits.Import);
        Assert.Equal(11_000, applied.Added);

        var codes = RegistrationList.ParseCodes(await organiser.ExportCodesAsync().WaitAsync(Waits.Import));
        Assert.Equal(11_000, codes.Keys.Count(k => k.StartsWith("W-", StringComparison.Ordinal)));
        Assert.Equal(11_000, codes.Values.Select(c => c.Code).Distinct().Count());
        foreach (var n in new[] { 1, 2, 4, 50, 777, 5_000, 10_999, 11_000 })
        {
            var (code, link, _, _) = codes[$"W-{n:D5}"];
            Assert.EndsWith($"/#/signin?code={Uri.EscapeDataString(code)}", link, StringComparison.Ordinal);
            var signedIn = await server.Api().SignInAsync(code);
            Assert.Equal(($"Person{n} Surname{n}", n % 4 == 0 ? Participation.Remote : Participation.OnSite), (signedIn.Profile.Name, signedIn.Profile.Participation));
            Assert.Equal(n % 50 == 0, signedIn.Profile.Roles.HasFlag(ForumRoles.Speaker));
        }

        // Someone about to be left out of the list is signed in and connected.
        var leaving = await server.Api().SignInAsync(codes["W-00003"].Code);
        await using var leavingLive = await LiveConnection.ConnectAsync(server.BaseAddress, leaving.Token);
        var changed = people.Where(n => n % 100 == 7).Take(100).ToHashSet();
        var removed = people.Where(n => n % 1_000 == 3).Take(10).ToHashSet();
        Assert.Equal((100, 10), (changed.Count, removed.Count));
        var edited = people.Where(n => !removed.Contains(n)).Select(n => RegistrationList.Row("W", n, changed.Contains(n) ? "Moved Organisation" : null));

        var again = await organiser.ImportRegistrationAsync(new MemoryStream(RegistrationList.Csv(edited)), "wsis-registrations-2.csv").WaitAsync(Waits.Import);
        Assert.Empty(again.Errors);
        Assert.Equal((0, 100, 10, 10_890), (again.Added, again.Changed, again.Removed, again.Unchanged));
        Assert.All(again.Changes.Where(c => c.Action == ImportAction.Changed), c => Assert.Equal(["organisation"], c.Fields));
        Assert.Equal(removed.Select(n => $"W-{n:D5}").Order(), again.Changes.Where(c => c.Action == ImportAction.Removed).Select(c => c.Key).Order());
        var result = await organiser.ConfirmRegistrationImportAsync(again.Id).WaitAsync(Waits.Import);
        Assert.Equal((0, 100, 10), (result.Added, result.Changed, result.Removed));

        await leavingLive.UntilClosedAsync("the connection of someone left out of the list closed");
        var refused = await Assert.ThrowsAsync<ForumApiException>(() => server.Api().SignInAsync(codes["W-00003"].Code));
        Assert.Equal(ErrorCodes.InvalidCode, refused.Code);
        var moved = await server.Api().SignInAsync(codes["W-00007"].Code);
        Assert.Equal("Moved Organisation", moved.Profile.Organisation);
        Assert.Equal(codes["W-00008"].Code, RegistrationList.ParseCodes(await organiser.ExportCodesAsync()).GetValueOrDefault("W-00008").Code);
        var page = await organiser.SearchPeopleAsync("W-00003", includeRevoked: true);
        Assert.Equal(PersonStatus.Revoked, Assert.Single(page.People).Status);
    }

    [Fact]
    public async Task ARevokedCodeClosesItsLiveConnectionAndAReissuedOneSignsIn()
    {
        var organiser = await server.OrganiserAsync();
        // Registered at the desk, so no other test's list is replaced.
        var registered = await organiser.RegisterWalkInAsync(new WalkInRequest("Reissued Person", "Org", null, "KE", StakeholderType.Academia, "en", null, "R-00001"));
        var person = Assert.Single((await organiser.SearchPeopleAsync("R-00001")).People);
        Assert.Equal(PersonSource.Desk, person.Source);
        var api = server.Api();
        var signIn = await api.SignInAsync(registered.Code);
        await using var live = await LiveConnection.ConnectAsync(server.BaseAddress, signIn.Token);

        var reissued = await organiser.ReissueCodeAsync(person.Profile.Id);

        await live.UntilClosedAsync("the live connection on the replaced code closed");
        var old = await Assert.ThrowsAsync<ForumApiException>(() => server.Api().SignInAsync(registered.Code));
        Assert.Equal(ErrorCodes.InvalidCode, old.Code);
        var stale = await Assert.ThrowsAsync<ForumApiException>(() => api.GetMeAsync());
        Assert.Equal((HttpStatusCode.Unauthorized, ErrorCodes.Unauthenticated), (stale.Status, stale.Code));
        Assert.Equal(person.Profile.Id, (await server.Api().SignInAsync(reissued.Code)).Profile.Id);
        Assert.Equal(reissued.Code, reissued.Badge.Code);
        Assert.DoesNotContain(reissued.Code, reissued.Badge.ContactLink, StringComparison.Ordinal);

        await organiser.RevokePersonAsync(person.Profile.Id);
        Assert.Equal(ErrorCodes.InvalidCode, (await Assert.ThrowsAsync<ForumApiException>(() => server.Api().SignInAsync(reissued.Code))).Code);
    }
}
