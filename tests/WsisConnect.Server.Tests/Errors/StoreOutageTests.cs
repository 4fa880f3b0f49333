using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using WsisConnect.Client.Http;
using WsisConnect.Client.Live;
using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Errors;
using WsisConnect.Server.Tests.Infrastructure;
using Xunit;

namespace WsisConnect.Server.Tests.Errors;

/// <summary>
/// A store that hangs is a typed, retryable condition at every edge: HTTP answers 503 <c>store.unavailable</c> with
/// Retry-After, the hub <c>"store.unavailable: ..."</c>, the SDK raises its retryable exceptions; and once the store
/// answers again everything works within seconds, the signing key included (it is not cached as a failure).
/// </summary>
[Collection(StoreOutageCollection.Name)]
public sealed class StoreOutageTests(StoreOutageServerFixture server)
{
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Recovery = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task AHungStoreIsRetryableEverywhereAndForgottenOnceItAnswers()
    {
        var (_, code) = await server.RegisterPersonAsync("Patient Person");
        // The SDK would send a write again while its outcome is unknown; this test looks at each raw answer.
        var api = server.Api();
        api.WriteRetryWindow = TimeSpan.Zero;
        // The readiness check opens the node's store client, as any server that has answered anything has; what
        // meets the hung store first is then the signing key's first use.
        using (var ready = new HttpClient { BaseAddress = server.BaseAddress })
        {
            Assert.Equal(HttpStatusCode.OK, (await ready.GetAsync("health/ready")).StatusCode);
        }

        // The signing key's first use finds the store hung.
        var outage = await DuringPauseAsync(async () =>
        {
            var signIn = await Assert.ThrowsAsync<ForumUnavailableException>(() => api.SignInAsync(code).WaitAsync(Waits.Push));
            using var raw = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
            using var response = await raw.PostAsJsonAsync("api/auth/token", new { code }).WaitAsync(Waits.Push);
            return (signIn, response.StatusCode, RetryAfter: response.Headers.RetryAfter?.Delta,
                Problem: await ProblemAssert.TypedAsync(response));
        });
        Assert.Equal((HttpStatusCode.ServiceUnavailable, ErrorCodes.StoreUnavailable), (outage.signIn.Status, outage.signIn.Code));
        Assert.True(outage.signIn.IsRetryable);
        Assert.Equal(ErrorCodes.RetryAfter, outage.signIn.RetryAfter);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, outage.StatusCode);
        Assert.Equal(ErrorCodes.RetryAfter, outage.RetryAfter);
        Assert.Equal(ErrorCodes.StoreUnavailable, outage.Problem.GetProperty("code").GetString());

        var signedIn = await EventuallyAsync(() => api.SignInAsync(code));
        await using var live = await LiveConnection.ConnectAsync(server.BaseAddress, signedIn.Token);
        live.WriteRetryWindow = TimeSpan.Zero;
        var session = await server.CreateSessionAsync(QuestionMode.Open);
        await live.JoinSession(session.Id);

        var refused = await DuringPauseAsync(() =>
            Assert.ThrowsAsync<LiveHubUnavailableException>(() => live.AskQuestion(session.Id, "Is the store back?", anonymous: false).WaitAsync(Waits.Push)));
        Assert.Equal(ErrorCodes.StoreUnavailable, refused.Code);
        Assert.True(refused.IsRetryable);
        Assert.Equal(ErrorCodes.RetryAfter, refused.RetryAfter);

        var asked = await EventuallyAsync(() => live.AskQuestion(session.Id, "Is the store back now?", anonymous: false));
        Assert.Contains((await api.GetQuestionsAsync(session.Id)).Questions, q => q.Id == asked.Id);
    }

    private async Task<T> DuringPauseAsync<T>(Func<Task<T>> action)
    {
        var paused = Stopwatch.StartNew();
        server.Redis.Pause();
        try
        {
            var result = await action();
            if (Pause - paused.Elapsed is { Ticks: > 0 } left)
            {
                await Task.Delay(left);
            }
            return result;
        }
        finally
        {
            server.Redis.Resume();
        }
    }

    /// <summary>Retries a call refused as retryable until it succeeds, failing once <see cref="Recovery"/> has passed since the store came back.</summary>
    private static async Task<T> EventuallyAsync<T>(Func<Task<T>> call)
    {
        var resumed = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return await call().WaitAsync(Waits.Push);
            }
            catch (Exception ex) when (ex is ForumUnavailableException or LiveHubUnavailableException && resumed.Elapsed < Recovery)
            {
                await Task.Delay(100);
            }
        }
    }
}
