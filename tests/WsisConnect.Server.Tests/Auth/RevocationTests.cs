using System.Net;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using WsisConnect.Client.Http;
using WsisConnect.Client.Live;
using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Errors;
using WsisConnect.Grains.Storage;
using WsisConnect.Server.Auth;
using WsisConnect.Server.Tests.Infrastructure;
using Xunit;

namespace WsisConnect.Server.Tests.Auth;

/// <summary>Revoked sign-ins (a deleted account, a reissued code): refused at once, and their live connections closed.</summary>
[Collection(ServerCollection.Name)]
public sealed class RevocationTests(ForumServerFixture server)
{
    [Fact]
    public async Task DeletingAnAccountClosesEveryLiveConnectionOfItAndNothingSentOnThemIsStored()
    {
        var session = await server.CreateSessionAsync(QuestionMode.Open);
        await using var leaving = await server.SignInAsync("Leaving Soon");
        await using var secondDevice = await LiveConnection.ConnectAsync(server.BaseAddress, leaving.Token);
        await using var stranger = await server.SignInAsync("Stranger");
        await leaving.Live.JoinAsync(session.Id);

        await leaving.Api.DeleteMyAccountAsync();

        // Whatever the client has not yet noticed, the server refuses: the call is never answered with a stored question.
        await Assert.ThrowsAnyAsync<Exception>(() => leaving.Live.AskQuestion(session.Id, "Sent after deleting my account", anonymous: false));
        await Assert.ThrowsAnyAsync<Exception>(() => secondDevice.SendContactRequest(stranger.Profile.Id, "Sent after deleting my account"));
        await leaving.Live.UntilClosedAsync("the deleted account's first connection closed");
        await secondDevice.UntilClosedAsync("the deleted account's second connection closed");
        Assert.DoesNotContain((await stranger.Api.GetQuestionsAsync(session.Id)).Questions, q => q.Text == "Sent after deleting my account");
        Assert.Empty((await stranger.Live.GetContactBook()).Incoming);
        var reconnect = await Assert.ThrowsAsync<LiveHubException>(() => LiveConnection.ConnectAsync(server.BaseAddress, leaving.Token));
        Assert.Equal(ErrorCodes.Unauthenticated, reconnect.Code);
    }

    [Fact]
    public async Task RevokingAPersonsTokensClosesOlderConnectionsWhileASignInRightAfterWorks()
    {
        var (profile, code) = await server.RegisterPersonAsync("Code Reissued");
        var api = server.Api();
        var old = await api.SignInAsync(code);
        await using var oldLive = await LiveConnection.ConnectAsync(server.BaseAddress, old.Token);
        await using var other = await server.SignInAsync("Someone Else");

        await server.Services.GetRequiredService<TokenRevocations>().RevokeAsync(profile.Id, DateTimeOffset.UtcNow);

        await oldLive.UntilClosedAsync("the connection on the revoked token closed");
        var refused = await Assert.ThrowsAsync<ForumApiException>(() => api.GetMeAsync());
        Assert.Equal((HttpStatusCode.Unauthorized, ErrorCodes.Unauthenticated), (refused.Status, refused.Code));
        Assert.Equal(HubConnectionState.Connected, other.Live.Connection.State);
        // Signed in again within the same second as the revocation: the new token is not caught by it.
        var fresh = server.Api();
        var again = await fresh.SignInAsync(code);
        Assert.Equal(profile.Id, (await fresh.GetMeAsync()).Id);
        await using var freshLive = await LiveConnection.ConnectAsync(server.BaseAddress, again.Token);
        Assert.NotEmpty((await freshLive.GetBadge()).Token);
    }

    [Fact]
    public async Task ARevocationWhoseMessageWasLostIsCaughtUpByTheNextReadOfTheStoredList()
    {
        var (profile, code) = await server.RegisterPersonAsync("Missed Message");
        var signIn = await server.Api().SignInAsync(code);
        await using var live = await LiveConnection.ConnectAsync(server.BaseAddress, signIn.Token);

        // What another node stores when it revokes, without the pub/sub message (lost while the store was away).
        var prefix = server.Services.GetRequiredService<IOptions<StoreOptions>>().Value.KeyPrefix;
        var db = server.Services.GetRequiredService<IConnectionMultiplexer>().GetDatabase();
        await db.HashSetAsync($"{prefix}:auth:revoked", profile.Id, TokenRevocations.Forever);
        await db.StringIncrementAsync($"{prefix}:auth:revoked:version");

        await live.UntilClosedAsync("the connection closed after the periodic re-read");
        var refused = await Assert.ThrowsAsync<LiveHubException>(() => LiveConnection.ConnectAsync(server.BaseAddress, signIn.Token));
        Assert.Equal(ErrorCodes.Unauthenticated, refused.Code);
    }
}
