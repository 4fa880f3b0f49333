using System.Net.Http.Headers;
using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Imports;
using WsisConnect.Contracts.Registration;

namespace WsisConnect.Client.Http;

/// <summary>The organisers' endpoints: agenda and registration imports, sessions and rooms, people, codes, badges, the desk.</summary>
public sealed partial class ForumApiClient
{
    /// <summary>Uploads an agenda (frab <c>schedule.json</c> or CSV) and returns its preview; nothing is applied until confirmed.</summary>
    public Task<ImportPreview> ImportAgendaAsync(Stream file, string contentType, string? fileName = null, string? format = null, CancellationToken ct = default) =>
        UploadAsync("api/organiser/agenda/imports", file, contentType, fileName, format, ct);

    /// <summary>The preview of an agenda import, compared again with the agenda as it is now.</summary>
    public Task<ImportPreview> GetAgendaImportAsync(string importId, CancellationToken ct = default) =>
        SendAsync<ImportPreview>(HttpMethod.Get, $"api/organiser/agenda/imports/{importId}", null, ct);

    /// <summary>Applies an agenda import (with <paramref name="skipInvalid"/>, leaving bad rows out).</summary>
    public Task<ImportResult> ConfirmAgendaImportAsync(string importId, bool skipInvalid = false, CancellationToken ct = default) =>
        SendAsync<ImportResult>(HttpMethod.Post, $"api/organiser/agenda/imports/{importId}/confirm", new ImportConfirmation(skipInvalid), ct);

    /// <summary>Throws an agenda import away.</summary>
    public Task DiscardAgendaImportAsync(string importId, CancellationToken ct = default) =>
        SendAsync<object>(HttpMethod.Delete, $"api/organiser/agenda/imports/{importId}", null, ct);

    /// <summary>Adds a session by hand.</summary>
    public Task<SessionDetails> CreateSessionAsync(SessionDraft draft, CancellationToken ct = default) =>
        SendAsync<SessionDetails>(HttpMethod.Post, "api/organiser/sessions", draft, ct);

    /// <summary>Changes a session by hand.</summary>
    public Task<SessionDetails> UpdateSessionAsync(string sessionId, SessionDraft draft, CancellationToken ct = default) =>
        SendAsync<SessionDetails>(HttpMethod.Put, $"api/organiser/sessions/{Uri.EscapeDataString(sessionId)}", draft, ct);

    /// <summary>Takes a session off the agenda.</summary>
    public Task RemoveSessionAsync(string sessionId, CancellationToken ct = default) =>
        SendAsync<object>(HttpMethod.Delete, $"api/organiser/sessions/{Uri.EscapeDataString(sessionId)}", null, ct);

    /// <summary>Adds a room; returns every room.</summary>
    public Task<string[]> AddRoomAsync(string name, CancellationToken ct = default) =>
        SendAsync<string[]>(HttpMethod.Post, "api/organiser/rooms", new RoomName(name), ct);

    /// <summary>Renames a room, moving its sessions; returns every room.</summary>
    public Task<string[]> RenameRoomAsync(string room, string newName, CancellationToken ct = default) =>
        SendAsync<string[]>(HttpMethod.Put, $"api/organiser/rooms/{Uri.EscapeDataString(room)}", new RoomName(newName), ct);

    /// <summary>Removes an empty room; returns every room.</summary>
    public Task<string[]> RemoveRoomAsync(string room, CancellationToken ct = default) =>
        SendAsync<string[]>(HttpMethod.Delete, $"api/organiser/rooms/{Uri.EscapeDataString(room)}", null, ct);

    /// <summary>Uploads the registration list (CSV) and returns its preview; nothing is applied until confirmed.</summary>
    public Task<ImportPreview> ImportRegistrationAsync(Stream file, string? fileName = null, CancellationToken ct = default) =>
        UploadAsync("api/organiser/registration/imports", file, "text/csv", fileName, null, ct);

    /// <summary>The preview of a registration import, compared again with the people registered now.</summary>
    public Task<ImportPreview> GetRegistrationImportAsync(string importId, CancellationToken ct = default) =>
        SendAsync<ImportPreview>(HttpMethod.Get, $"api/organiser/registration/imports/{importId}", null, ct);

    /// <summary>Applies a registration import.</summary>
    public Task<ImportResult> ConfirmRegistrationImportAsync(string importId, bool skipInvalid = false, CancellationToken ct = default) =>
        SendAsync<ImportResult>(HttpMethod.Post, $"api/organiser/registration/imports/{importId}/confirm", new ImportConfirmation(skipInvalid), ct);

    /// <summary>Throws a registration import away.</summary>
    public Task DiscardRegistrationImportAsync(string importId, CancellationToken ct = default) =>
        SendAsync<object>(HttpMethod.Delete, $"api/organiser/registration/imports/{importId}", null, ct);

    /// <summary>Everyone's personal access code and sign-in link, as the CSV organisers mail-merge from.</summary>
    public Task<string> ExportCodesAsync(CancellationToken ct = default) => GetTextAsync("api/organiser/registration/codes.csv", ct);

    /// <summary>Registered people matching a text (name, organisation, external id, e-mail).</summary>
    public Task<PeoplePage> SearchPeopleAsync(string? text = null, Participation? participation = null, bool includeRevoked = false, int skip = 0, int take = 50, CancellationToken ct = default) =>
        SendAsync<PeoplePage>(HttpMethod.Get,
            $"api/organiser/people?q={Uri.EscapeDataString(text ?? "")}&revoked={includeRevoked.ToString().ToLowerInvariant()}&skip={skip}&take={take}" +
            (participation is { } p ? $"&participation={p}" : ""), null, ct);

    /// <summary>Replaces a person's code; the old code and its tokens stop working everywhere. The new code is returned once.</summary>
    public Task<IssuedCode> ReissueCodeAsync(string attendeeId, CancellationToken ct = default) =>
        SendAsync<IssuedCode>(HttpMethod.Post, $"api/organiser/people/{Uri.EscapeDataString(attendeeId)}/code", new { }, ct);

    /// <summary>Revokes a person: code and tokens stop working everywhere.</summary>
    public Task RevokePersonAsync(string attendeeId, CancellationToken ct = default) =>
        SendAsync<object>(HttpMethod.Post, $"api/organiser/people/{Uri.EscapeDataString(attendeeId)}/revoke", new { }, ct);

    /// <summary>Badges to print for people matching a text, a page at a time.</summary>
    public Task<BadgePrint[]> GetBadgesAsync(string? text = null, Participation? participation = null, int skip = 0, int take = 100, CancellationToken ct = default) =>
        SendAsync<BadgePrint[]>(HttpMethod.Get,
            $"api/organiser/badges?q={Uri.EscapeDataString(text ?? "")}&skip={skip}&take={take}" + (participation is { } p ? $"&participation={p}" : ""), null, ct);

    /// <summary>Registers a walk-in at the desk (registration staff and organisers).</summary>
    public Task<IssuedCode> RegisterWalkInAsync(WalkInRequest walkIn, CancellationToken ct = default) =>
        SendAsync<IssuedCode>(HttpMethod.Post, "api/desk/walk-ins", walkIn, ct);

    /// <summary>Becomes the forum's first organiser with the one-time setup code, and keeps the new token.</summary>
    public async Task<RegistrationResponse> SetUpAsync(SetupRequest setup, CancellationToken ct = default)
    {
        var result = await SendAsync<RegistrationResponse>(HttpMethod.Post, "api/setup", setup, ct);
        Token = result.Token;
        return result;
    }

    /// <summary>The people left out of the leaderboard (organisers).</summary>
    public Task<ExcludedPerson[]> GetLeaderboardExcludedAsync(CancellationToken ct = default) =>
        SendAsync<ExcludedPerson[]>(HttpMethod.Get, "api/leaderboard/excluded", null, ct);

    private Task<ImportPreview> UploadAsync(string path, Stream file, string contentType, string? fileName, string? format, CancellationToken ct)
    {
        var query = new List<string>();
        if (fileName is not null) query.Add("fileName=" + Uri.EscapeDataString(fileName));
        if (format is not null) query.Add("format=" + Uri.EscapeDataString(format));
        var request = new HttpRequestMessage(HttpMethod.Post, path + (query.Count > 0 ? "?" + string.Join('&', query) : ""))
        {
            Content = new StreamContent(file) { Headers = { ContentType = MediaTypeHeaderValue.Parse(contentType) } },
        };
        return SendDisposingAsync<ImportPreview>(request, ct);
    }

    private async Task<T> SendDisposingAsync<T>(HttpRequestMessage request, CancellationToken ct)
    {
        using (request)
        {
            return await SendAsync<T>(request, ct);
        }
    }
}
