using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using WsisConnect.Client.Operations;
using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Operations;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Forum;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Leaderboard;
using WsisConnect.Contracts.Networking;
using WsisConnect.Contracts.Polls;
using WsisConnect.Contracts.Prizes;
using WsisConnect.Contracts.Questions;

namespace WsisConnect.Client.Http;

/// <summary>
/// The forum's HTTP API. Refusals throw <see cref="ForumApiException"/> carrying the ProblemDetails' stable code; a
/// forum that is briefly unavailable throws its subclass <see cref="ForumUnavailableException"/>, which is retryable.
/// Set <see cref="Token"/> (or call <see cref="SignInAsync"/>) before calling endpoints that need a bearer token.
/// </summary>
public sealed partial class ForumApiClient(HttpClient http)
{
    /// <summary>The bearer token sent with each request, if any.</summary>
    public string? Token { get; set; }

    /// <summary>
    /// Exchanges a personal access code for a token and keeps it for later calls. A code tried too often is refused
    /// for a while with <c>auth.code_rate_limited</c> (429), longer at each further try.
    /// </summary>
    public async Task<SignInResponse> SignInAsync(string code, CancellationToken ct = default)
    {
        var result = await SendAsync<SignInResponse>(HttpMethod.Post, "api/auth/token", new SignInRequest(code), ct);
        Token = result.Token;
        return result;
    }

    /// <summary>Registers a remote participant and keeps the new token.</summary>
    public async Task<RegistrationResponse> RegisterAsync(string name, string organisation, string country, StakeholderType type, string language, CancellationToken ct = default)
    {
        var result = await SendAsync<RegistrationResponse>(HttpMethod.Post, "api/auth/register",
            new RegistrationRequest(name, organisation, country, type, language), ct);
        Token = result.Token;
        return result;
    }

    /// <summary>The signed-in person's profile.</summary>
    public Task<AttendeeProfile> GetMeAsync(CancellationToken ct = default) => SendAsync<AttendeeProfile>(HttpMethod.Get, "api/me", null, ct);

    /// <summary>Sessions matching <paramref name="filter"/>.</summary>
    public Task<AgendaPage> GetAgendaAsync(AgendaFilter? filter = null, CancellationToken ct = default)
    {
        var query = new List<string>();
        if (filter is not null)
        {
            if (filter.Day is { } d) query.Add($"day={d:yyyy-MM-dd}");
            if (filter.Room is { } r) query.Add("room=" + Uri.EscapeDataString(r));
            if (filter.Format is { } f) query.Add($"format={f}");
            if (filter.ActionLine is { } a) query.Add("actionLine=" + Uri.EscapeDataString(a));
            if (filter.Sdg is { } s) query.Add($"sdg={s}");
            if (filter.Text is { } t) query.Add("q=" + Uri.EscapeDataString(t));
        }
        return SendAsync<AgendaPage>(HttpMethod.Get, "api/agenda" + (query.Count > 0 ? "?" + string.Join('&', query) : ""), null, ct);
    }

    /// <summary>One session.</summary>
    public Task<SessionDetails> GetSessionAsync(string sessionId, CancellationToken ct = default) =>
        SendAsync<SessionDetails>(HttpMethod.Get, $"api/sessions/{Uri.EscapeDataString(sessionId)}", null, ct);

    /// <summary>What the caller may see of a session's questions.</summary>
    public Task<QuestionQueueSnapshot> GetQuestionsAsync(string sessionId, CancellationToken ct = default) =>
        SendAsync<QuestionQueueSnapshot>(HttpMethod.Get, $"api/sessions/{Uri.EscapeDataString(sessionId)}/questions", null, ct);

    /// <summary>Asks a question over HTTP.</summary>
    public Task<QuestionView> AskAsync(string sessionId, string text, bool anonymous = false, CancellationToken ct = default) =>
        SendAsync<QuestionView>(HttpMethod.Post, $"api/sessions/{Uri.EscapeDataString(sessionId)}/questions", new AskRequest(text, anonymous), ct);

    /// <summary>One poll, its results when the caller may see them, the caller's ballot and, once a quiz has closed, its points.</summary>
    public Task<PollView> GetPollAsync(string pollId, CancellationToken ct = default) =>
        SendAsync<PollView>(HttpMethod.Get, $"api/polls/{Uri.EscapeDataString(pollId)}", null, ct);

    /// <summary>The prize categories, whether winners are published, and the caller's votes.</summary>
    public Task<PrizeBoardView> GetPrizesAsync(CancellationToken ct = default) => SendAsync<PrizeBoardView>(HttpMethod.Get, "api/prizes", null, ct);

    /// <summary>Votes for a nominee in a prize category, once per person and category.</summary>
    public Task<PrizeVoteReceipt> VotePrizeAsync(string categoryId, string nomineeId, CancellationToken ct = default) =>
        SendAsync<PrizeVoteReceipt>(HttpMethod.Post, $"api/prizes/{Uri.EscapeDataString(categoryId)}/votes", new PrizeVoteRequest(nomineeId), ct);

    /// <summary>A category's totals (refused with <c>prize.results_hidden</c> before publication, except to organisers).</summary>
    public Task<PrizeResults> GetPrizeResultsAsync(string categoryId, CancellationToken ct = default) =>
        SendAsync<PrizeResults>(HttpMethod.Get, $"api/prizes/{Uri.EscapeDataString(categoryId)}/results", null, ct);

    /// <summary>Publishes the winners (organisers).</summary>
    public Task PublishPrizeWinnersAsync(CancellationToken ct = default) => SendAsync<object>(HttpMethod.Post, "api/prizes/winners", body: null, ct);

    /// <summary>The leaderboard's top 10 (people not listed in the directory unnamed) and the caller's place.</summary>
    public Task<LeaderboardView> GetLeaderboardAsync(CancellationToken ct = default) => SendAsync<LeaderboardView>(HttpMethod.Get, "api/leaderboard", null, ct);

    /// <summary>Leaves a person (staff) out of the leaderboard or brings them back (organisers).</summary>
    public Task SetLeaderboardExcludedAsync(string attendeeId, bool excluded, CancellationToken ct = default) =>
        SendAsync<object>(HttpMethod.Put, $"api/leaderboard/excluded/{Uri.EscapeDataString(attendeeId)}", new ExclusionRequest(excluded), ct);

    /// <summary>The caller's networking profile.</summary>
    public Task<NetworkingProfile> GetMyProfileAsync(CancellationToken ct = default) => SendAsync<NetworkingProfile>(HttpMethod.Get, "api/me/profile", null, ct);

    /// <summary>Replaces the caller's networking profile.</summary>
    public Task<NetworkingProfile> UpdateMyProfileAsync(NetworkingProfile profile, CancellationToken ct = default) =>
        SendAsync<NetworkingProfile>(HttpMethod.Put, "api/me/profile", profile, ct);

    /// <summary>A person as the caller may see them.</summary>
    public Task<ProfileCard> GetPersonAsync(string attendeeId, CancellationToken ct = default) =>
        SendAsync<ProfileCard>(HttpMethod.Get, $"api/people/{Uri.EscapeDataString(attendeeId)}", null, ct);

    /// <summary>Listed people matching a text.</summary>
    public Task<DirectoryEntry[]> SearchDirectoryAsync(string? text, int skip = 0, int take = 50, CancellationToken ct = default) =>
        SendAsync<DirectoryEntry[]>(HttpMethod.Get, $"api/directory?q={Uri.EscapeDataString(text ?? "")}&skip={skip}&take={take}", null, ct);

    /// <summary>The caller's contacts and requests.</summary>
    public Task<ContactBookView> GetMyContactsAsync(CancellationToken ct = default) => SendAsync<ContactBookView>(HttpMethod.Get, "api/me/contacts", null, ct);

    /// <summary>The caller's contacts exported as vCard or CSV.</summary>
    public async Task<string> ExportContactsAsync(string format, CancellationToken ct = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/me/contacts.{format}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        using var response = await http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw await ToExceptionAsync(response, ct);
        }
        return await response.Content.ReadAsStringAsync(ct);
    }

    /// <summary>Everything the forum holds about the caller.</summary>
    public Task<PersonalData> ExportMyDataAsync(CancellationToken ct = default) => SendAsync<PersonalData>(HttpMethod.Get, "api/me/data", null, ct);

    /// <summary>Deletes the caller's account for good; its token stops working and its live connections close, on every node.</summary>
    public Task DeleteMyAccountAsync(CancellationToken ct = default) => SendAsync<object>(HttpMethod.Delete, "api/me", null, ct);

    /// <summary>Unread messages per contact.</summary>
    public Task<Dictionary<string, long>> GetUnreadAsync(CancellationToken ct = default) =>
        SendAsync<Dictionary<string, long>>(HttpMethod.Get, "api/me/messages/unread", null, ct);

    /// <summary>Changes forum settings (organisers).</summary>
    public Task<ForumSettings> UpdateSettingsAsync(ForumSettings settings, CancellationToken ct = default) =>
        SendAsync<ForumSettings>(HttpMethod.Put, "api/forum/settings", settings, ct);

    /// <summary>
    /// How long a write (POST, PUT, DELETE) whose outcome is unknown (no answer, or a retryable
    /// <see cref="ForumUnavailableException"/>) is sent again, with the same <c>Idempotency-Key</c>, before the last
    /// error is thrown. 30 s by default; <see cref="TimeSpan.Zero"/> never retries. Reads are not retried.
    /// </summary>
    public TimeSpan WriteRetryWindow { get; set; } = TimeSpan.FromSeconds(30);

    private async Task<T> SendAsync<T>(HttpMethod method, string path, object? body, CancellationToken ct)
    {
        if (method == HttpMethod.Get)
        {
            return await SendOnceAsync<T>(method, path, body, operationId: null, ct);
        }
        var operationId = OperationId.New();
        var backoff = new RetryBackoff(WriteRetryWindow);
        while (true)
        {
            try
            {
                return await SendOnceAsync<T>(method, path, body, operationId, ct);
            }
            catch (Exception ex) when (!ct.IsCancellationRequested && ex is ForumUnavailableException or HttpRequestException or TaskCanceledException)
            {
                // Sent again with the same key: the forum applies the write once however often it arrives.
                if (!await backoff.WaitAsync(ct))
                {
                    throw;
                }
            }
        }
    }

    private async Task<T> SendOnceAsync<T>(HttpMethod method, string path, object? body, string? operationId, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, path);
        if (operationId is not null)
        {
            request.Headers.Add(OperationKeys.Header, operationId);
        }
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: ForumJson.Options);
        }
        return await SendAsync<T>(request, ct);
    }

    private async Task<T> SendAsync<T>(HttpRequestMessage request, CancellationToken ct)
    {
        if (Token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        }
        using var response = await http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw await ToExceptionAsync(response, ct);
        }
        if (response.StatusCode == HttpStatusCode.NoContent)
        {
            return default!;
        }
        return (await response.Content.ReadFromJsonAsync<T>(ForumJson.Options, ct))!;
    }

    private static async Task<ForumApiException> ToExceptionAsync(HttpResponseMessage response, CancellationToken ct)
    {
        ProblemBody? problem = null;
        if (response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true)
        {
            problem = await response.Content.ReadFromJsonAsync<ProblemBody>(ForumJson.Options, ct);
        }
        var code = problem?.Code ?? (response.StatusCode == HttpStatusCode.Unauthorized ? "auth.unauthenticated" : $"http.{(int)response.StatusCode}");
        var detail = problem?.Detail ?? problem?.Title;
        // A proxy in front of restarting nodes answers 502/504 without a code: that is as passing as a 503.
        return ErrorCodes.IsRetryable(code) || response.StatusCode is HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout
            ? new ForumUnavailableException(response.StatusCode, code, detail, RetryAfterOf(response, code))
            : new ForumApiException(response.StatusCode, code, detail, problem?.Errors);
    }

    private static TimeSpan RetryAfterOf(HttpResponseMessage response, string code) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } when date > DateTimeOffset.UtcNow => date - DateTimeOffset.UtcNow,
        _ => ErrorCodes.RetryAfterFor(code) ?? ErrorCodes.RetryAfter,
    };
}
