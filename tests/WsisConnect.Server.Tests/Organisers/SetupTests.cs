using System.Net;
using WsisConnect.Client.Http;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Forum;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Registration;
using WsisConnect.Grains.Abstractions.Forum;
using WsisConnect.Server.Tests.Infrastructure;
using Xunit;

namespace WsisConnect.Server.Tests.Organisers;

/// <summary>A server started without the demo has no organiser until the one-time setup code makes one.</summary>
[Collection(ServerCollection.Name)]
public sealed class SetupTests(ForumServerFixture server)
{
    [Fact]
    public async Task TheSetupCodeMakesTheFirstOrganiserOnceAndThenStopsWorking()
    {
        // What the server printed at start is only in its log; a second code of the same kind is added as a node would.
        var code = AccessCode.Generate();
        var forum = server.Grains.GetGrain<IForumGrain>(ForumKeys.Forum);
        Assert.False(await forum.HasOrganiserAsync());
        await forum.AddSetupCodeAsync(AccessCode.ToGrainKey(code));
        var api = server.Api();

        var wrong = await Assert.ThrowsAsync<ForumApiException>(() => api.SetUpAsync(new SetupRequest("WRONG-CODE-0000", "First Organiser", "ITU", "CH", null, "en")));
        Assert.Equal((HttpStatusCode.Unauthorized, ErrorCodes.SetupInvalidCode), (wrong.Status, wrong.Code));
        var invalid = await Assert.ThrowsAsync<ForumApiException>(() => api.SetUpAsync(new SetupRequest(code, "X", "ITU", "Nowhere", null, "en")));
        Assert.Equal(ErrorCodes.Invalid, invalid.Code);

        var setUp = await api.SetUpAsync(new SetupRequest(code, "First Organiser", "ITU", "Switzerland", "first@itu.example", "fr"));

        Assert.True(setUp.Profile.Roles.HasFlag(ForumRoles.Organiser));
        Assert.Equal(("CH", "fr"), (setUp.Profile.Country, setUp.Profile.Language));
        Assert.Equal(setUp.Profile.Id, (await server.Api().SignInAsync(setUp.Code)).Profile.Id);
        Assert.Equal(0, (await api.SearchPeopleAsync("nobody-at-all")).Total);
        var again = await Assert.ThrowsAsync<ForumApiException>(() => server.Api().SetUpAsync(new SetupRequest(code, "Second Organiser", "ITU", "CH", null, "en")));
        Assert.Equal((HttpStatusCode.Conflict, ErrorCodes.SetupDone), (again.Status, again.Code));
    }
}
