using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Realtime;
using WsisConnect.Server.Auth;
using WsisConnect.Server.Features.Networking;

namespace WsisConnect.Server.Realtime;

/// <summary>
/// The live hub. Thin by design: it checks input and the caller, calls a grain and manages groups; grains hold
/// all state and decide what each caller may do. Split by feature into partial files.
/// </summary>
[Authorize]
public sealed partial class LiveHub(IGrainFactory grains, ContactScanner scanner, BadgeTokens tokens) : Hub<ILiveClient>, ILiveHub
{
    public override async Task OnConnectedAsync()
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, LiveGroups.Attendee(CurrentCaller.AttendeeId));
        await base.OnConnectedAsync();
    }

    private Caller CurrentCaller => (Context.User ?? throw new HubException($"{ErrorCodes.Unauthenticated}: Sign in first.")).ToCaller();

    /// <summary>Session ids are short slugs; refusing anything else keeps junk from activating grains.</summary>
    private static string RequireSessionId(string? sessionId) =>
        sessionId is not null && SessionIdPattern().IsMatch(sessionId)
            ? sessionId
            : throw new ForumException(ErrorCodes.Invalid, "A session id is 1 to 64 letters, digits, '-' or '_'.");

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex SessionIdPattern();
}
