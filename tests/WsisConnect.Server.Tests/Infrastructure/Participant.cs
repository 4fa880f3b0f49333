using WsisConnect.Client.Http;
using WsisConnect.Client.Live;
using WsisConnect.Contracts.Identity;

namespace WsisConnect.Server.Tests.Infrastructure;

/// <summary>A signed-in person with the SDK's HTTP client and live connection.</summary>
public sealed record Participant(AttendeeProfile Profile, ForumApiClient Api, LiveConnection Live, string Token) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Live.DisposeAsync();
}
