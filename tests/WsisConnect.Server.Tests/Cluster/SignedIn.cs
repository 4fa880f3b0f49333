using WsisConnect.Client.Http;
using WsisConnect.Client.Live;
using WsisConnect.Testing;

namespace WsisConnect.Server.Tests.Cluster;

/// <summary>A demo person signed in on one node, with a live connection to a (possibly other) node.</summary>
public sealed record SignedIn(ForumApiClient Api, LiveConnection Live, string Token, string AttendeeId) : IAsyncDisposable
{
    public static async Task<SignedIn> OnAsync(ServerProcess signInNode, ServerProcess liveNode, string code)
    {
        var api = new ForumApiClient(new HttpClient { BaseAddress = signInNode.BaseAddress, Timeout = TimeSpan.FromSeconds(30) });
        var signIn = await api.SignInAsync(code);
        return new SignedIn(api, await LiveConnection.ConnectAsync(liveNode.BaseAddress, signIn.Token), signIn.Token, signIn.Profile.Id);
    }

    public ValueTask DisposeAsync() => Live.DisposeAsync();
}
