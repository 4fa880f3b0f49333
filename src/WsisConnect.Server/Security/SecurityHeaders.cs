using Microsoft.Extensions.Options;

namespace WsisConnect.Server.Security;

/// <summary>
/// The security headers every response carries: a Content-Security-Policy with scripts and styles from this origin
/// only (no inline code), no framing (except the room screen, for the configured origins), nosniff, no referrer,
/// and the camera (for badge scanning) for this origin only. A page that needs an inline script of its own (the API
/// reference) asks for a <see cref="PageNonce"/>: that response alone allows scripts carrying the nonce, and inline styles.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>Where the room screen is served as a page of its own, so it can carry its own frame-ancestors.</summary>
    public const string RoomScreenPrefix = "/room";

    private const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
        "connect-src 'self'; media-src 'self' blob:; worker-src 'self'; manifest-src 'self'; object-src 'none'; " +
        "base-uri 'none'; form-action 'self'";

    private const string NonceItem = "wsis.page-nonce";

    /// <summary>
    /// A fresh nonce for the inline scripts of this response: its Content-Security-Policy then allows scripts that
    /// carry it (and inline styles, which such rendered pages set at run time), for this response only.
    /// </summary>
    public static string PageNonce(HttpContext context)
    {
        var nonce = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        context.Items[NonceItem] = nonce;
        return nonce;
    }

    /// <summary>Adds the options, validated at start-up.</summary>
    public static WebApplicationBuilder AddWsisSecurityHeaders(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SecurityOptions>().BindConfiguration("Security")
            .Validate(o => o.IsValid(), "Security:RoomScreenFrameAncestors takes origins (https://host[:port], https://*.host) or 'self', separated by spaces.")
            .ValidateOnStart();
        return builder;
    }

    /// <summary>Sets the headers on every response, just before it starts (so error pages get them too).</summary>
    public static IApplicationBuilder UseWsisSecurityHeaders(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<IOptions<SecurityOptions>>().Value;
        var ancestors = options.FrameAncestorList();
        var everywhere = $"{Policy}; frame-ancestors 'none'";
        var roomScreen = $"{Policy}; frame-ancestors {(ancestors.Count == 0 ? "'none'" : string.Join(' ', ancestors))}";
        return app.Use((context, next) =>
        {
            var room = context.Request.Path.StartsWithSegments(RoomScreenPrefix);
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = context.Items[NonceItem] is string nonce
                    ? everywhere.Replace("script-src 'self'", $"script-src 'self' 'nonce-{nonce}'", StringComparison.Ordinal)
                        .Replace("style-src 'self'", "style-src 'self' 'unsafe-inline'", StringComparison.Ordinal)
                    : room ? roomScreen : everywhere;
                if (!room)
                {
                    // For browsers without frame-ancestors; it cannot name origins, so the room screen goes without.
                    headers.XFrameOptions = "DENY";
                }
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                headers["Permissions-Policy"] = "camera=(self), microphone=(), geolocation=(), payment=(), usb=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            return next(context);
        });
    }
}
