using Microsoft.AspNetCore.Http.HttpResults;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Forum;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Registration;
using WsisConnect.Grains.Abstractions.Forum;
using WsisConnect.Grains.Abstractions.Registration;
using WsisConnect.Server.Auth;
using WsisConnect.Server.Errors;
using WsisConnect.Server.Features.Registration;

namespace WsisConnect.Server.Features.Setup;

/// <summary>The first organiser's account, made with the one-time setup code printed at start.</summary>
public static class SetupApi
{
    /// <summary>Maps <c>POST /api/setup</c> (rate-limited like sign-in).</summary>
    public static IEndpointRouteBuilder MapSetupApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/setup", SetUpAsync).WithName("setUpForum").WithTags("Sign-in").RequireRateLimiting(AuthSetup.SignInPolicy)
            .WithSummary("Become the forum's first organiser with the one-time setup code the server printed at start; returns a personal code and a token")
            .ProducesValidationProblem().Refuses(ErrorCodes.SetupInvalidCode, ErrorCodes.SetupDone);
        return app;
    }

    private static async Task<Results<Created<RegistrationResponse>, ValidationProblem>> SetUpAsync(SetupRequest request, IGrainFactory grains, TokenIssuer issuer)
    {
        var forum = grains.GetGrain<IForumGrain>(ForumKeys.Forum);
        var walkIn = new WalkInRequest(request.Name, request.Organisation, null, request.Country, StakeholderType.InternationalOrganization, request.Language, request.Email, null);
        if (WalkInValidation.Validate(walkIn) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors, extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.Invalid });
        }
        if (string.IsNullOrWhiteSpace(request.SetupCode) || request.SetupCode.Length > 64 || !await forum.UseSetupCodeAsync(AccessCode.ToGrainKey(request.SetupCode)))
        {
            throw await forum.HasOrganiserAsync()
                ? new ForumException(ErrorCodes.SetupDone, "This forum has an organiser already: sign in with your personal code.")
                : new ForumException(ErrorCodes.SetupInvalidCode, "This setup code is not valid (it works once, and a restart prints a new one).");
        }
        var row = WalkInValidation.ToRow(walkIn, Participation.OnSite, ForumRoles.Attendee | ForumRoles.Organiser);
        var organiser = await grains.GetGrain<IRegistrationGrain>(ForumKeys.Forum).RegisterAsync(null, new NewPerson(row, PersonSource.Setup, null, null));
        var (token, expiresAt) = issuer.Issue(organiser.Profile);
        return TypedResults.Created("/api/me", new RegistrationResponse(organiser.Code, token, expiresAt, organiser.Profile));
    }
}
