using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using WsisConnect.Contracts.Realtime;
using WsisConnect.Demo;
using WsisConnect.Grains.Badges;
using WsisConnect.Server.Auth;
using WsisConnect.Server.Errors;
using WsisConnect.Server.Features.Agenda;
using WsisConnect.Server.Features.Forum;
using WsisConnect.Server.Features.Imports;
using WsisConnect.Server.Features.Leaderboard;
using WsisConnect.Server.Features.Networking;
using WsisConnect.Server.Features.Outcome;
using WsisConnect.Server.Features.Polls;
using WsisConnect.Server.Features.Prizes;
using WsisConnect.Server.Features.Questions;
using WsisConnect.Server.Features.Registration;
using WsisConnect.Server.Features.Room;
using WsisConnect.Server.Features.Setup;
using WsisConnect.Server.Health;
using WsisConnect.Server.Hosting;
using WsisConnect.Server.OpenApi;
using WsisConnect.Server.Operations;
using WsisConnect.Server.Realtime;
using WsisConnect.Server.Security;
using WsisConnect.Server.Storage;
using WsisConnect.Server.Telemetry;
using WsisConnect.Server.Validation;
using WsisConnect.Server.Web;
using WsisConnect.Storage;

// Redis clients and Orleans both stall when a burst finds the thread pool at its two-core minimum; start wider.
ThreadPool.GetMinThreads(out var workers, out var io);
ThreadPool.SetMinThreads(Math.Max(workers, 32), Math.Max(io, 32));

// The PWA is built into pwa/ by this project's build (see the .csproj); ASPNETCORE_WEBROOT may point elsewhere.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    WebRootPath = Environment.GetEnvironmentVariable("ASPNETCORE_WEBROOT") ?? "pwa",
});

builder.AddWsisStorage().AddWsisOrleans().AddWsisAuth().AddWsisRealtime().AddWsisTelemetry();
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
builder.AddWsisSecurityHeaders();
builder.AddWsisApiCompression();
// Every error answer is a ProblemDetails with a code, including routing's 404 and 405 and unreadable bodies: the
// binder throws for those (in every environment, not only Development) and ForumExceptionHandler answers them.
builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = ForumProblems.Complete);
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.Services.AddExceptionHandler<ForumExceptionHandler>();
builder.Services.AddHealthChecks()
    .AddCheck<StoreHealthCheck>("store", tags: ["ready"])
    .AddCheck<SiloHealthCheck>("silo", tags: ["ready"]);
builder.Services.AddSingleton<IBadgeSigningKey>(sp => sp.GetRequiredService<SigningKey>());
builder.Services.AddWsisDemo();
// After the demo: a demo forum has its organiser, an empty one gets a setup code.
builder.Services.AddHostedService<ForumSetupStartup>();
builder.Services.AddOptions<SetupOptions>().BindConfiguration("Setup");
builder.Services.AddOptions<ImportOptions>().BindConfiguration("Imports")
    .Validate(o => o.MaxFileBytes > 0 && o.MaxRows > 0 && TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _),
        "Imports:MaxFileBytes and Imports:MaxRows must be positive and Imports:TimeZone a time zone id.")
    .ValidateOnStart();
builder.Services.AddOptions<ForumOptions>().BindConfiguration("Forum")
    .Validate(o => o.HasValidPublicUrl, "Forum:PublicUrl must be an absolute http or https address.")
    .ValidateOnStart();
builder.Services.AddSingleton<PublicLinks>();
builder.Services.AddSingleton<BadgePrints>();

// Last: while the build generates the OpenAPI document, it drops every hosted service registered above.
builder.AddWsisOpenApi();

var app = builder.Build();

app.UseWsisSecurityHeaders();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UsePwaFiles();
app.UseWsisApiCompression();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();

app.MapOpenApi();
app.MapApiReference();
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
app.MapWsisTelemetry();
// One rule for ids and text on every route, the same the hub applies (see ArgumentRules); and writes with an
// Idempotency-Key are safe to retry, as hub writes with an operation id are.
var routes = app.MapGroup("").CheckArguments().RetrySafe();
routes.MapAuthApi();
routes.MapForumApi();
routes.MapAgendaApi();
routes.MapQuestionsApi();
routes.MapPollsApi();
routes.MapPrizesApi();
routes.MapLeaderboardApi();
routes.MapNetworkingApi();
routes.MapAgendaOrganiserApi();
routes.MapRegistrationApi();
routes.MapSetupApi();
routes.MapRoomScreen();
routes.MapOutcomeApi();
// Mapping the hub builds its lifetime manager, which connects to the store: not while the build generates the
// OpenAPI document (which describes HTTP only, and must start nothing).
if (!ApiDocument.IsBuildTimeGeneration)
{
    app.MapHub<LiveHub>(LiveHubPath.Path, o => o.CloseOnAuthenticationExpiration = true);
    StartupLog.StoreOpened(app.Logger, app.Services.GetRequiredService<ForumStore>().Describe());
}
await app.RunAsync();

/// <summary>The entry point, visible to the in-process test host.</summary>
public partial class Program;
