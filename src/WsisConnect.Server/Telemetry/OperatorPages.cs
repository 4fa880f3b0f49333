using Microsoft.Extensions.Options;

namespace WsisConnect.Server.Telemetry;

/// <summary>
/// Signs an organiser into the Orleans dashboard in a browser, which cannot send a bearer header: opened once with
/// <c>?access_token=</c> (the organiser's own token), the token is kept in an HttpOnly cookie scoped to the
/// dashboard's path, which the dashboard's own requests then carry. The token is checked as on every other route.
/// </summary>
public static class OperatorPages
{
    /// <summary>The cookie holding an organiser's token for the dashboard.</summary>
    public const string Cookie = "wsis_operator";

    /// <summary>
    /// The token a request to the dashboard carries in its query or cookie, or null for any other request and for one
    /// with an <c>Authorization</c> header, which then speaks for the caller.
    /// </summary>
    public static string? TokenFor(HttpContext http)
    {
        var dashboard = http.RequestServices.GetRequiredService<IOptions<OrleansDashboardOptions>>().Value;
        if (!dashboard.Enabled || !http.Request.Path.StartsWithSegments(dashboard.Path) || http.Request.Headers.Authorization.Count > 0)
        {
            return null;
        }
        if (http.Request.Query["access_token"] is { Count: > 0 } query && query.ToString() is { Length: > 0 } token)
        {
            http.Response.Cookies.Append(Cookie, token, new CookieOptions
            {
                HttpOnly = true,
                Secure = http.Request.IsHttps,
                SameSite = SameSiteMode.Strict,
                Path = dashboard.Path,
            });
            return token;
        }
        return http.Request.Cookies[Cookie];
    }
}
