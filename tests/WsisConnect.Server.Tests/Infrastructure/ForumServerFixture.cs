using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WsisConnect.Client.Http;
using WsisConnect.Client.Live;
using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Forum;
using WsisConnect.Contracts.Identity;
using WsisConnect.Testing;
using Xunit;

namespace WsisConnect.Server.Tests.Infrastructure;

/// <summary>
/// The real server on a real loopback port (Kestrel, real WebSockets) with its embedded Garnet store, shared by a
/// test collection. Tests create their own people and sessions so they never depend on each other. Subclasses may
/// give it other settings (another store) through <see cref="PrepareAsync"/>.
/// </summary>
public class ForumServerFixture : IAsyncLifetime
{
    private readonly TempDirectory _data = new();
    private WebApplicationFactory<Program> _factory = null!;

    /// <summary>The signing key the server uses, so tests can forge expired tokens with it.</summary>
    public byte[] SigningKey { get; } = RandomNumberGenerator.GetBytes(32);

    public Uri BaseAddress { get; private set; } = null!;

    public IGrainFactory Grains => _factory.Services.GetRequiredService<IGrainFactory>();

    /// <summary>The server's services, for tests that reach a part directly.</summary>
    public IServiceProvider Services => _factory.Services;

    /// <summary>What the server logged, after its own log filters.</summary>
    public LogSink Logs { get; } = new();

    /// <summary>The origins the room screen may be framed by in this server.</summary>
    public const string RoomScreenFrameAncestors = "https://screens.example.org 'self'";

    /// <summary>Settings to add or override before the server starts (a subclass starts its store here).</summary>
    protected virtual Task<IReadOnlyDictionary<string, string>> PrepareAsync() =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>());

    /// <summary>Runs after the server has stopped.</summary>
    protected virtual Task CleanUpAsync() => Task.CompletedTask;

    /// <summary>Runs before the server stops (a subclass closes the connections it keeps).</summary>
    protected virtual Task StoppingAsync() => Task.CompletedTask;

    public async Task InitializeAsync()
    {
        var settings = await PrepareAsync();
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            // appsettings.json names port 5000 for people running the server; a test takes any free port.
            b.UseSetting("Urls", "http://127.0.0.1:0");
            b.UseSetting("Storage:DataDirectory", _data.Path);
            b.UseSetting("Storage:EmbeddedPort", FreePort.Next().ToString());
            b.UseSetting("Orleans:SiloPort", FreePort.Next().ToString());
            b.UseSetting("Orleans:GatewayPort", FreePort.Next().ToString());
            b.UseSetting("Orleans:ServiceId", "server-tests-" + Guid.NewGuid().ToString("N")[..8]);
            b.UseSetting("Demo:Enabled", "false");
            b.UseSetting("Auth:SigningKey", Convert.ToBase64String(SigningKey));
            b.UseSetting("Auth:AttemptsPerMinute", "10000");
            b.UseSetting("Questions:MaxPerWindow", "3");
            b.UseSetting("Questions:PushInterval", "00:00:00.100");
            b.UseSetting("Security:RoomScreenFrameAncestors", RoomScreenFrameAncestors);
            foreach (var (key, value) in settings)
            {
                b.UseSetting(key, value);
            }
            b.ConfigureLogging(l => l.AddProvider(Logs));
            Configure(b);
        });
        _factory.UseKestrel(0);
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseAddress = new Uri(addresses.Addresses.First().Replace("[::]", "127.0.0.1").Replace("localhost", "127.0.0.1").TrimEnd('/') + "/");
    }

    /// <summary>What else a subclass changes on the server's builder (its services), after every setting.</summary>
    protected virtual void Configure(IWebHostBuilder builder)
    {
    }

    public async Task DisposeAsync()
    {
        await StoppingAsync();
        await _factory.DisposeAsync();
        _data.Dispose();
        await CleanUpAsync();
    }

    /// <summary>An HTTP client for the API, not signed in.</summary>
    public ForumApiClient Api() => new(new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) });

    /// <summary>Registers a person the way the organisers' list does, and returns their access code.</summary>
    public async Task<(AttendeeProfile Profile, string Code)> RegisterPersonAsync(
        string name, Participation participation = Participation.OnSite, ForumRoles roles = ForumRoles.Attendee, string country = "CH")
    {
        var profile = new AttendeeProfile("p" + Guid.NewGuid().ToString("N")[..10], name, "Test Organisation", "Delegate", country,
            StakeholderType.CivilSociety, roles, participation, "en");
        var code = AccessCode.Generate();
        await Grains.GetGrain<IAttendeeGrain>(profile.Id).RegisterAsync(profile);
        await Grains.GetGrain<IAccessCodeGrain>(AccessCode.ToGrainKey(code)).AssignAsync(profile.Id);
        return (profile, code);
    }

    /// <summary>A person signed in through the real HTTP endpoint, with their API client and a live connection.</summary>
    public async Task<Participant> SignInAsync(
        string name, Participation participation = Participation.OnSite, ForumRoles roles = ForumRoles.Attendee, string country = "CH")
    {
        var (profile, code) = await RegisterPersonAsync(name, participation, roles, country);
        var api = Api();
        var signIn = await api.SignInAsync(code);
        var live = await LiveConnection.ConnectAsync(BaseAddress, signIn.Token);
        return new Participant(profile, api, live, signIn.Token);
    }

    /// <summary>Publishes a fresh session and lists it on the agenda.</summary>
    public async Task<SessionDetails> CreateSessionAsync(QuestionMode mode, params Participant[] moderators)
    {
        var start = new DateTimeOffset(2025, 7, 9, 14, 0, 0, TimeSpan.FromHours(2));
        var session = new SessionDetails("t" + Guid.NewGuid().ToString("N")[..12], "WSIS+20: what next for digital cooperation?",
            "A high-level dialogue.", SessionFormat.HighLevelDialogue, "CICG Room 1", start, start.AddMinutes(90),
            ["C1", "C11"], [17], null, ["H.E. Ms Example"], [.. moderators.Select(m => m.Profile.Id)], mode, SessionStatus.Live);
        await Grains.GetGrain<ISessionGrain>(session.Id).PublishAsync(session);
        await Grains.GetGrain<IAgendaGrain>(ForumKeys.Forum).UpsertAsync(session);
        return session;
    }
}
