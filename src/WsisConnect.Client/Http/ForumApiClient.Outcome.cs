using System.Net.Http.Headers;
using WsisConnect.Contracts.Outcome;

namespace WsisConnect.Client.Http;

/// <summary>The forum's outcome (organisers) and a session's questions and poll results (its moderators).</summary>
public sealed partial class ForumApiClient
{
    /// <summary>The forum's outcome report; organisers only (docs/outcome-report.md).</summary>
    public Task<OutcomeReport> GetOutcomeAsync(CancellationToken ct = default) =>
        SendAsync<OutcomeReport>(HttpMethod.Get, "api/organiser/outcome", null, ct);

    /// <summary>The outcome report as CSV, a row per figure; organisers only.</summary>
    public Task<string> ExportOutcomeAsync(CancellationToken ct = default) => GetTextAsync("api/organiser/outcome.csv", ct);

    /// <summary>A session's questions and poll results; the session's moderators and organisers only.</summary>
    public Task<SessionOutcome> GetSessionOutcomeAsync(string sessionId, CancellationToken ct = default) =>
        SendAsync<SessionOutcome>(HttpMethod.Get, $"api/sessions/{Uri.EscapeDataString(sessionId)}/outcome", null, ct);

    /// <summary>A session's questions and poll results as CSV; the session's moderators and organisers only.</summary>
    public Task<string> ExportSessionOutcomeAsync(string sessionId, CancellationToken ct = default) =>
        GetTextAsync($"api/sessions/{Uri.EscapeDataString(sessionId)}/outcome.csv", ct);

    /// <summary>A text download (CSV), read whole; a refusal becomes a <see cref="ForumApiException"/>.</summary>
    private async Task<string> GetTextAsync(string path, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = Token is null ? null : new AuthenticationHeaderValue("Bearer", Token);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw await ToExceptionAsync(response, ct);
        }
        return await response.Content.ReadAsStringAsync(ct);
    }
}
