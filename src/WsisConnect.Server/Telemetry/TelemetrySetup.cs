using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Orleans.Dashboard;
using WsisConnect.Grains.Telemetry;
using WsisConnect.Server.Auth;

namespace WsisConnect.Server.Telemetry;

/// <summary>
/// OpenTelemetry for the node: ASP.NET Core, SignalR, Orleans and the forum's own meters, scraped by Prometheus from a
/// protected endpoint and, when a collector is configured, exported with traces over OTLP; and the Orleans dashboard.
/// </summary>
public static class TelemetrySetup
{
    /// <summary>The authorization policy of the scrape endpoint (see <see cref="ScrapeAccess"/>).</summary>
    public const string ScrapePolicy = "metrics-scrape";

    private static readonly string[] Meters =
    [
        ForumMeter.Name,
        "Microsoft.Orleans",
        // ASP.NET Core's instrumentation adds Hosting, Kestrel, Routing, Diagnostics, RateLimiting and these two;
        // named here too so SignalR's connection meters stay whatever the instrumentation package's list becomes.
        "Microsoft.AspNetCore.Http.Connections",
        "Microsoft.AspNetCore.Authentication",
        "Microsoft.AspNetCore.Authorization",
    ];

    private static readonly string[] ActivitySources =
    [
        "Microsoft.AspNetCore.SignalR.Server",
        "Microsoft.Orleans.Runtime",
        "Microsoft.Orleans.Application",
    ];

    /// <summary>Adds the meters, the Prometheus exporter, OTLP export when configured, and the Orleans dashboard when enabled.</summary>
    public static WebApplicationBuilder AddWsisTelemetry(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<MetricsOptions>().BindConfiguration("Metrics")
            .Validate(o => o.Path.StartsWith('/'), "Metrics:Path must start with '/'.")
            .ValidateOnStart();
        services.AddOptions<OrleansDashboardOptions>().BindConfiguration("OrleansDashboard")
            .Validate(o => o.Path.StartsWith('/') && o.Path.Length > 1, "OrleansDashboard:Path must start with '/' and name a path.")
            .ValidateOnStart();
        services.AddSingleton<IAuthorizationHandler, ScrapeAccess>();
        services.AddAuthorizationBuilder().AddPolicy(ScrapePolicy, p => p.AddRequirements(new ScrapeAccess.Requirement()));

        var otlp = builder.Configuration.GetSection("OpenTelemetry:Otlp").Get<OtlpOptions>() ?? new OtlpOptions();
        var exportOtlp = otlp.Endpoint.Length > 0;
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("wsisconnect", serviceInstanceId: Environment.MachineName + ":" + Environment.ProcessId))
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation().AddMeter(Meters);
                // Each scrape collects afresh: only Prometheus and organisers read it, every 15 s or so.
                metrics.AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0);
                if (exportOtlp)
                {
                    metrics.AddOtlpExporter(o => Point(o, otlp));
                }
            });
        if (exportOtlp)
        {
            // Traces only where a collector takes them: without a listener no activity is even created.
            telemetry.WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation()
                .AddSource(ActivitySources)
                .AddRedisInstrumentation()
                .AddOtlpExporter(o => Point(o, otlp)));
            builder.UseOrleans(silo => silo.AddActivityPropagation());
        }

        if (builder.Configuration.GetSection("OrleansDashboard").Get<OrleansDashboardOptions>() is { Enabled: true })
        {
            builder.UseOrleans(silo => silo.AddDashboard());
        }
        return builder;
    }

    /// <summary>Maps the scrape endpoint and, when enabled, the Orleans dashboard, both outside the API's description.</summary>
    public static WebApplication MapWsisTelemetry(this WebApplication app)
    {
        var metrics = app.Services.GetRequiredService<IOptions<MetricsOptions>>().Value;
        app.MapPrometheusScrapingEndpoint(metrics.Path).RequireAuthorization(ScrapePolicy).ExcludeFromDescription();
        var dashboard = app.Services.GetRequiredService<IOptions<OrleansDashboardOptions>>().Value;
        if (dashboard.Enabled)
        {
            app.MapOrleansDashboard(routePrefix: dashboard.Path).RequireAuthorization(AuthSetup.OrganiserPolicy).ExcludeFromDescription();
        }
        return app;
    }

    private static void Point(OtlpExporterOptions exporter, OtlpOptions otlp)
    {
        exporter.Endpoint = new Uri(otlp.Endpoint);
        exporter.Protocol = Enum.Parse<OtlpExportProtocol>(otlp.Protocol, ignoreCase: true);
    }
}
