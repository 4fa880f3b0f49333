using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using WsisConnect.Server.Auth;

namespace WsisConnect.Server.Telemetry;

/// <summary>
/// Who may read the scrape endpoint: a signed-in organiser, or whoever presents the configured scrape key as a
/// bearer token. Prometheus cannot sign in with an access code, and an organiser's token expires; a key kept in a
/// file on the Prometheus host can be rotated on its own, and reading metrics is all it allows.
/// </summary>
public sealed class ScrapeAccess(IOptions<MetricsOptions> options) : AuthorizationHandler<ScrapeAccess.Requirement>
{
    /// <summary>The requirement of the scrape policy.</summary>
    public sealed class Requirement : IAuthorizationRequirement;

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, Requirement requirement)
    {
        if (context.User.HasClaim(WsisClaims.Role, WsisClaims.Organiser) || (context.Resource is HttpContext http && HasScrapeKey(http)))
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }

    private bool HasScrapeKey(HttpContext http)
    {
        var key = options.Value.ScrapeKey;
        var header = http.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (key.Length == 0 || !header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header[scheme.Length..].Trim()), Encoding.UTF8.GetBytes(key));
    }
}
