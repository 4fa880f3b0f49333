using Microsoft.Extensions.Options;
using WsisConnect.Contracts.Forum;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Registration;
using WsisConnect.Grains.Abstractions.Forum;
using WsisConnect.Grains.Abstractions.Identity;
using WsisConnect.Grains.Abstractions.Registration;

namespace WsisConnect.Server.Features.Setup;

/// <summary>
/// Makes sure a forum can get its first organiser. With <c>Setup:OrganiserCode</c> that organiser is registered
/// with the configured code; otherwise, while no organiser exists, each start prints a fresh one-time setup code
/// (kept only as a hash) for <c>POST /api/setup</c> or the app's "Set up this forum" page.
/// </summary>
public sealed partial class ForumSetupStartup(IGrainFactory grains, IOptions<SetupOptions> options, ILogger<ForumSetupStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var forum = grains.GetGrain<IForumGrain>(ForumKeys.Forum);
        if (options.Value.OrganiserCode is { Length: > 0 } configured)
        {
            var hash = AccessCode.ToGrainKey(configured);
            if (AccessCode.Normalize(configured).Length < 12)
            {
                throw new InvalidOperationException("Setup:OrganiserCode must have at least 12 letters or digits.");
            }
            if (await grains.GetGrain<IAccessCodeGrain>(hash).ResolveAsync() is null)
            {
                var row = new RegistrationRow(0, null, options.Value.OrganiserName, string.Empty, string.Empty, "CH", StakeholderType.InternationalOrganization,
                    Participation.OnSite, ForumRoles.Attendee | ForumRoles.Organiser, [], null, "en");
                var organiser = await grains.GetGrain<IRegistrationGrain>(ForumKeys.Forum).RegisterAsync(null, new NewPerson(row, PersonSource.Setup, null, configured));
                LogConfiguredOrganiser(logger, organiser.Profile.Id);
            }
            return;
        }
        if (await forum.HasOrganiserAsync())
        {
            return;
        }
        var code = AccessCode.Generate();
        await forum.AddSetupCodeAsync(AccessCode.ToGrainKey(code));
        LogSetupCode(logger, code);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "This forum has no organiser yet. One-time setup code: {Code} (open the app's sign-in page and choose \"Set up this forum\", or POST /api/setup). It works once, until the next start")]
    private static partial void LogSetupCode(ILogger logger, string code);

    [LoggerMessage(Level = LogLevel.Information, Message = "Organiser {AttendeeId} registered with the code from Setup:OrganiserCode")]
    private static partial void LogConfiguredOrganiser(ILogger logger, string attendeeId);
}
