using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Realtime;
using WsisConnect.Contracts.Validation;
using WsisConnect.Grains.Abstractions.Identity;
using WsisConnect.Grains.Badges;
using WsisConnect.Server.Auth;
using WsisConnect.Server.Monitoring;

namespace WsisConnect.Server.Realtime;

/// <summary>
/// The live hub. Thin by design: it checks input and the caller, calls a grain and manages groups; grains hold
/// all state and decide what each caller may do. Split by feature into partial files.
/// </summary>
[Authorize]
public sealed partial class LiveHub(IGrainFactory grains, BadgeTokens tokens, NodeConnections connections) : Hub<ILiveClient>, ILiveHub
{
    private Caller CurrentCaller => (Context.User ?? throw new HubException($"{ErrorCodes.Unauthenticated}: Sign in first.")).ToCaller();

    /// <summary>Refusing malformed ids keeps junk from activating grains (ForumErrorHubFilter checks them first).</summary>
    private static string RequireSessionId(string? sessionId) => ForumIds.Session.Require(sessionId, nameof(sessionId));
}
