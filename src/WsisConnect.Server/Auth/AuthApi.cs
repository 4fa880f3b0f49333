using Microsoft.AspNetCore.Http.HttpResults;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Forum;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Registration;
using WsisConnect.Grains.Abstractions.Forum;
using WsisConnect.Grains.Abstractions.Identity;
using WsisConnect.Grains.Abstractions.Registration;
using WsisConnect.Server.Errors;

namespace WsisConnect.Server.Auth;

/// <summary>Sign-in with a personal access code, remote self-registration, and who am I.</summary>
public static class AuthApi
{
    /// <summary>Maps <c>/api/auth</c> and <c>/api/me</c>.</summary>
    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Sign-in").RequireRateLimiting(AuthSetup.SignInPolicy);
        auth.MapPost("/token", SignInAsync).WithName("signIn")
            .WithSummary("Exchange a personal access code for a bearer token")
            .Refuses(ErrorCodes.InvalidCode, ErrorCodes.CodeRateLimited);
        auth.MapPost("/register", RegisterAsync).WithName("registerRemoteParticipant")
            .WithSummary("Register as a remote participant (when organisers allow it)")
            .Refuses(ErrorCodes.RegistrationClosed).ProducesValidationProblem();
        app.MapGet("/api/me", MeAsync).WithName("getMe").WithTags("Sign-in").RequireAuthorization()
            .WithSummary("The signed-in person's profile").Refuses(ErrorCodes.RouteNotFound);
        return app;
    }

    private static async Task<Results<Ok<SignInResponse>, ValidationProblem>> SignInAsync(
        SignInRequest request, IGrainFactory grains, TokenIssuer issuer)
    {
        if (string.IsNullOrWhiteSpace(request.Code) || request.Code.Length > 64)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["code"] = ["An access code is required."] },
                extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.Invalid });
        }
        var attendeeId = await grains.GetGrain<IAccessCodeGrain>(AccessCode.ToGrainKey(request.Code)).SignInAsync();
        var profile = attendeeId is null ? null : await grains.GetGrain<IAttendeeGrain>(attendeeId).GetProfileAsync();
        if (profile is null)
        {
            throw new ForumException(ErrorCodes.InvalidCode, "This access code is not recognised. Check it against your registration letter.");
        }
        var (token, expiresAt) = issuer.Issue(profile);
        return TypedResults.Ok(new SignInResponse(token, expiresAt, profile));
    }

    private static async Task<Results<Created<RegistrationResponse>, ValidationProblem>> RegisterAsync(
        RegistrationRequest request, IGrainFactory grains, TokenIssuer issuer)
    {
        var settings = await grains.GetGrain<IForumGrain>(ForumKeys.Forum).GetSettingsAsync();
        if (!settings.SelfRegistrationOpen)
        {
            throw new ForumException(ErrorCodes.RegistrationClosed, "The organisers have closed self-registration.");
        }
        var errors = Registration.Validate(request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.Invalid });
        }
        var profile = Registration.ToProfile(request);
        var row = new RegistrationRow(0, null, profile.Name, profile.Organisation, profile.Title, profile.Country, profile.StakeholderType,
            profile.Participation, profile.Roles, [], null, profile.Language);
        // Through the registration list, so organisers find (and can revoke) self-registered people as everyone else.
        var registered = await grains.GetGrain<IRegistrationGrain>(ForumKeys.Forum).RegisterAsync(null, new NewPerson(row, PersonSource.Self, profile.Id, null));
        var (token, expiresAt) = issuer.Issue(registered.Profile);
        return TypedResults.Created("/api/me", new RegistrationResponse(registered.Code, token, expiresAt, registered.Profile));
    }

    private static async Task<Results<Ok<AttendeeProfile>, NotFound>> MeAsync(HttpContext http, IGrainFactory grains)
    {
        var profile = await grains.GetGrain<IAttendeeGrain>(http.User.ToCaller().AttendeeId).GetProfileAsync();
        return profile is null ? TypedResults.NotFound() : TypedResults.Ok(profile);
    }
}
