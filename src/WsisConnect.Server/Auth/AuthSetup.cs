using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Realtime;
using WsisConnect.Grains.Identity;
using WsisConnect.Server.Errors;
using WsisConnect.Server.Telemetry;

namespace WsisConnect.Server.Auth;

/// <summary>Bearer-token authentication, the organiser policy and the sign-in rate limit.</summary>
public static class AuthSetup
{
    /// <summary>The rate-limiter policy on sign-in and registration.</summary>
    public const string SignInPolicy = "sign-in";

    /// <summary>The authorization policy for organiser-only endpoints.</summary>
    public const string OrganiserPolicy = "organiser";

    /// <summary>The authorization policy of the registration desk: registration staff and organisers.</summary>
    public const string RegistrationDeskPolicy = "registration-desk";

    /// <summary>Adds token issuing and validation; the key comes from <see cref="SigningKey"/>.</summary>
    public static WebApplicationBuilder AddWsisAuth(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AuthOptions>().BindConfiguration("Auth")
            .Validate(o => o.TokenLifetime > TimeSpan.Zero && o.AttemptsPerMinute > 0 && o.RevocationRefresh > TimeSpan.Zero,
                "Auth:TokenLifetime, Auth:AttemptsPerMinute and Auth:RevocationRefresh must be positive.")
            .ValidateOnStart();
        services.AddSingleton<SigningKey>();
        services.AddSingleton<TokenRevocations>();
        services.AddHostedService(sp => sp.GetRequiredService<TokenRevocations>());
        services.AddSingleton<TokenIssuer>();
        services.AddSingleton<ISignInRevoker>(sp => sp.GetRequiredService<TokenRevocations>());
        services.AddSingleton<ICodeVault, CodeVault>();
        services.AddSingleton<ValidatedTokens>();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<SigningKey, ValidatedTokens>((o, key, validated) =>
        {
            o.MapInboundClaims = false;
            o.TokenHandlers.Clear();
            o.TokenHandlers.Add(validated);
            o.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = TokenIssuer.Issuer,
                ValidAudience = TokenIssuer.Issuer,
                IssuerSigningKeyResolver = (_, _, _, _) => [key.Key],
                ClockSkew = TimeSpan.FromSeconds(30),
                NameClaimType = WsisClaims.Name,
                RoleClaimType = WsisClaims.Role,
            };
            o.Events = new JwtBearerEvents
            {
                // Browsers cannot set headers on WebSockets, so the hub takes the token from the query string.
                OnMessageReceived = ctx =>
                {
                    if (ctx.HttpContext.Request.Path.StartsWithSegments(LiveHubPath.Path)
                        && ctx.Request.Query["access_token"] is { Count: > 0 } token)
                    {
                        ctx.Token = token;
                    }
                    else if (OperatorPages.TokenFor(ctx.HttpContext) is { } operatorToken)
                    {
                        ctx.Token = operatorToken;
                    }
                    return Task.CompletedTask;
                },
                // A deleted account's or a reissued code's tokens stop working at once, not when they expire. The list
                // is in memory: authenticating a request or a WebSocket upgrade never waits on a grain or the store.
                OnTokenValidated = ctx =>
                {
                    var revocations = ctx.HttpContext.RequestServices.GetRequiredService<TokenRevocations>();
                    if (revocations.IsRevoked(ctx.Principal!.ToCaller().AttendeeId, ctx.Principal!.IssuedAtSeconds()))
                    {
                        ctx.Fail(new RevokedTokenException());
                    }
                    return Task.CompletedTask;
                },
                OnChallenge = async ctx =>
                {
                    ctx.HandleResponse();
                    var detail = ctx.AuthenticateFailure switch
                    {
                        SecurityTokenExpiredException => "The token has expired; sign in again.",
                        RevokedTokenException => "This sign-in has been revoked (the account was deleted or its code replaced).",
                        _ => "A valid bearer token is required; sign in with your access code.",
                    };
                    await ForumProblems.WriteAsync(ctx.HttpContext, ErrorCodes.Unauthenticated, detail);
                },
                OnForbidden = ctx => ForumProblems.WriteAsync(ctx.HttpContext, ErrorCodes.Forbidden, "You may not do this."),
            };
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(OrganiserPolicy, p => p.RequireClaim(WsisClaims.Role, WsisClaims.Organiser))
            .AddPolicy(RegistrationDeskPolicy, p => p.RequireClaim(WsisClaims.Role, WsisClaims.Organiser, WsisClaims.RegistrationStaff));

        var attempts = builder.Configuration.GetSection("Auth").Get<AuthOptions>()?.AttemptsPerMinute ?? new AuthOptions().AttemptsPerMinute;
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(SignInPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = attempts, Window = TimeSpan.FromMinutes(1) }));
            o.OnRejected = (ctx, _) => new ValueTask(ForumProblems.WriteAsync(ctx.HttpContext, ErrorCodes.TooManyRequests,
                "Too many sign-in attempts from this address; wait a minute."));
        });
        return builder;
    }
}
