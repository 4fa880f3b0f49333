using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using WsisConnect.Client.Http;
using WsisConnect.Server.Tests.Infrastructure;
using Xunit;

namespace WsisConnect.Server.Tests.Organisers;

/// <summary>
/// A server of its own for the organisers' tests (imports replace the whole agenda and registration list), whose
/// first organiser comes from configuration (<c>Setup:OrganiserCode</c>), as a real deployment's may.
/// </summary>
public sealed class OrganiserServerFixture : ForumServerFixture
{
    /// <summary>The configured organiser's personal access code.</summary>
    public const string OrganiserCode = "ORGA-NISE-TEST-2026";

    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("Setup:OrganiserCode", OrganiserCode);
        builder.UseSetting("Setup:OrganiserName", "Configured Organiser");
        builder.UseSetting("Agenda:PushInterval", "00:00:00.100");
        // A 250-session agenda leaves some 500 session and queue activations for the silo to stop gracefully.
        builder.ConfigureServices(services => services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromMinutes(1)));
    }

    private Task<ForumApiClient>? _organiser;

    /// <summary>
    /// The configured organiser, signed in over HTTP once (a code may be tried only so often, and a token lasts a
    /// week) and shared by the tests.
    /// </summary>
    public Task<ForumApiClient> OrganiserAsync() => LazyInitializer.EnsureInitialized(ref _organiser, async () =>
    {
        var api = Api();
        await api.SignInAsync(OrganiserCode);
        return api;
    });
}

/// <summary>Tests that share the organisers' server.</summary>
[CollectionDefinition(Name)]
public sealed class OrganiserCollection : ICollectionFixture<OrganiserServerFixture>
{
    public const string Name = "organisers";
}
