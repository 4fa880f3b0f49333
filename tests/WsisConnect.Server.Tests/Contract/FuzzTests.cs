using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Logging;
using WsisConnect.Client;
using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Polls;
using WsisConnect.Server.Tests.Errors;
using WsisConnect.Server.Tests.Infrastructure;
using Xunit;

namespace WsisConnect.Server.Tests.Contract;

/// <summary>
/// Thousands of malformed hub invocations and HTTP requests against the real server. Then: no 500, every error
/// typed (<c>validation.invalid</c> for every malformed hub call, a ProblemDetails with a known code for every HTTP
/// refusal), no error in the server's log, the state read back unchanged, and the server still healthy. The
/// random generator is seeded: set WSIS_FUZZ_SEED to replay a failing run.
/// </summary>
[Collection(ContractCollection.Name)]
public sealed partial class FuzzTests(ForumServerFixture server)
{
    private const int HubCalls = 10_000;
    private const int HttpRequests = 1_000;
    private const int Connections = 8;
    private const int HttpInFlight = 8;

    private static readonly int Seed = int.TryParse(Environment.GetEnvironmentVariable("WSIS_FUZZ_SEED"), out var seed) ? seed : 20_250_707;

    [Fact]
    public async Task MalformedCallsAndRequestsAreAllRefusedTypedAndChangeNothing()
    {
        await using var moderator = await server.SignInAsync("Fuzz Moderator", roles: ForumRoles.Attendee | ForumRoles.Moderator);
        var session = await server.CreateSessionAsync(QuestionMode.Open, moderator);
        var poll = await moderator.Live.CreatePoll(session.Id, new PollDraft("Still standing?", PollKind.SingleChoice, ["yes", "no"]));
        await moderator.Live.OpenPoll(poll.Id);
        var fuzzers = new List<Participant>();
        for (var i = 0; i < Connections; i++)
        {
            fuzzers.Add(await server.SignInAsync($"Fuzzer {i}"));
        }
        try
        {
            await fuzzers[0].Live.AskQuestion(session.Id, "Will the server survive?", anonymous: false);
            await fuzzers[0].Live.Vote(poll.Id, new Ballot([0]));
            var realIds = new Dictionary<string, string>
            {
                ["sessionId"] = session.Id,
                ["pollId"] = poll.Id,
                ["attendeeId"] = moderator.Profile.Id,
                ["toAttendeeId"] = moderator.Profile.Id,
                ["withAttendeeId"] = moderator.Profile.Id,
                ["contactId"] = moderator.Profile.Id,
                ["personId"] = moderator.Profile.Id,
            };
            var before = await SnapshotAsync(moderator, fuzzers[0], session.Id, poll.Id);
            var mark = server.Logs.Mark;

            var hubFailures = await FuzzHubAsync(fuzzers, realIds).WaitAsync(TimeSpan.FromMinutes(3));
            var httpFailures = await FuzzHttpAsync(fuzzers[0].Token, realIds).WaitAsync(TimeSpan.FromMinutes(3));

            Assert.True(hubFailures.Count == 0, $"Seed {Seed}, hub: {hubFailures.Count} of {HubCalls} calls wrong:{Environment.NewLine}{string.Join(Environment.NewLine, hubFailures.Take(20))}");
            Assert.True(httpFailures.Count == 0, $"Seed {Seed}, HTTP: {httpFailures.Count} of {HttpRequests} requests wrong:{Environment.NewLine}{string.Join(Environment.NewLine, httpFailures.Take(20))}");
            var errors = server.Logs.Since(mark).Where(e => e.Level >= LogLevel.Error).ToList();
            Assert.True(errors.Count == 0, $"Seed {Seed}: the server logged errors:{Environment.NewLine}{string.Join(Environment.NewLine, errors.Take(10))}");

            Assert.Equal(before, await SnapshotAsync(moderator, fuzzers[0], session.Id, poll.Id));
            Assert.All(fuzzers, f => Assert.Equal(HubConnectionState.Connected, f.Live.Connection.State));
            using var http = new HttpClient { BaseAddress = server.BaseAddress };
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("health/ready")).StatusCode);
            var asked = await fuzzers[1].Live.AskQuestion(session.Id, "And after the storm?", anonymous: false);
            Assert.Equal("And after the storm?", asked.Text);
        }
        finally
        {
            foreach (var fuzzer in fuzzers)
            {
                await fuzzer.DisposeAsync();
            }
        }
    }

    /// <summary>Every call must be refused with a HubException carrying <c>validation.invalid</c>; returns those that were not.</summary>
    private static async Task<List<string>> FuzzHubAsync(List<Participant> fuzzers, Dictionary<string, string> realIds)
    {
        var failures = new ConcurrentQueue<string>();
        await Task.WhenAll(fuzzers.Select((fuzzer, index) => Task.Run(async () =>
        {
            var calls = new MalformedCalls(new Random(Seed + index), realIds);
            for (var i = index; i < HubCalls; i += fuzzers.Count)
            {
                var (method, arguments, defect) = calls.Next();
                var described = $"#{i} {method}({string.Join(", ", arguments.Select(Describe))}) [{defect}]";
                try
                {
                    await fuzzer.Live.Connection.InvokeCoreAsync<JsonElement>(method, arguments).WaitAsync(Waits.Push);
                    failures.Enqueue($"{described}: succeeded");
                }
                catch (HubException refused) when (CodedRefusal().Match(refused.Message) is { Success: true } match)
                {
                    if (match.Groups["code"].Value != ErrorCodes.Invalid)
                    {
                        failures.Enqueue($"{described}: {match.Groups["code"].Value}");
                    }
                }
                catch (Exception ex)
                {
                    failures.Enqueue($"{described}: {ex.GetType().Name}: {ex.Message}");
                }
            }
        })));
        return [.. failures];
    }

    /// <summary>No 5xx; every refusal a typed ProblemDetails; no success except for a GET. Returns what broke the rules.</summary>
    private async Task<List<string>> FuzzHttpAsync(string token, Dictionary<string, string> realIds)
    {
        using var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        using var document = JsonDocument.Parse(await http.GetStringAsync("openapi/v1.json"));
        var templates = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        var forged = new JsonWebTokenForger().Forge("fuzz-forger");
        var failures = new ConcurrentQueue<string>();
        await Task.WhenAll(Enumerable.Range(0, HttpInFlight).Select(lane => Task.Run(async () =>
        {
            var requests = new MalformedRequests(new Random(Seed * 31 + lane), templates, realIds, token, forged);
            for (var i = lane; i < HttpRequests; i += HttpInFlight)
            {
                var (request, described) = requests.Next();
                using (request)
                {
                    try
                    {
                        using var response = await http.SendAsync(request);
                        var status = (int)response.StatusCode;
                        if (status >= 500)
                        {
                            failures.Enqueue($"#{i} {described}: {status}");
                        }
                        else if (response.IsSuccessStatusCode)
                        {
                            if (request.Method != HttpMethod.Get)
                            {
                                failures.Enqueue($"#{i} {described}: succeeded with {status}");
                            }
                        }
                        else
                        {
                            var failure = await Record.ExceptionAsync(() => ProblemAssert.TypedAsync(response));
                            if (failure is not null)
                            {
                                failures.Enqueue($"#{i} {described}: {failure.Message}");
                            }
                        }
                    }
                    catch (Exception ex)
                    {
                        failures.Enqueue($"#{i} {described}: {ex.GetType().Name}: {ex.Message}");
                    }
                }
            }
        })));
        return [.. failures];
    }

    /// <summary>Everything a malformed call could have touched, as the moderator and the first fuzzer see it.</summary>
    private static async Task<string> SnapshotAsync(Participant moderator, Participant fuzzer, string sessionId, string pollId)
    {
        var queue = await moderator.Live.JoinSession(sessionId);
        var state = new
        {
            Session = await moderator.Api.GetSessionAsync(sessionId),
            Questions = queue.Questions.Select(q => new { q.Id, q.Text, q.Status, q.Pinned, q.Upvotes }),
            queue.Version,
            Poll = await moderator.Api.GetPollAsync(pollId),
            Polls = (await moderator.Live.ListPolls(sessionId)).Select(p => p.Poll),
            Contacts = await fuzzer.Live.GetContactBook(),
            ModeratorContacts = await moderator.Live.GetContactBook(),
            Profile = await fuzzer.Api.GetMyProfileAsync(),
            Presence = await moderator.Live.GetPresence(sessionId),
            Me = await fuzzer.Api.GetMeAsync(),
        };
        return JsonSerializer.Serialize(state, ForumJson.Options);
    }

    private static string Describe(object? argument) => argument switch
    {
        null => "null",
        string { Length: > 40 } s => $"\"{s[..20]}...\" ({s.Length} chars)",
        string s => JsonSerializer.Serialize(s),
        RawJson raw => raw.Json.Length > 40 ? raw.Json[..40] + "..." : raw.Json,
        _ => JsonSerializer.Serialize(argument, ForumJson.Options),
    };

    [GeneratedRegex(@"HubException: (?<code>[a-z_]+(\.[a-z_]+)?): \S", RegexOptions.Singleline)]
    private static partial Regex CodedRefusal();
}
