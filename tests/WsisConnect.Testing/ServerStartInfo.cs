using System.Diagnostics;

namespace WsisConnect.Testing;

/// <summary>The command line and environment that launch one server node.</summary>
/// <remarks>Everything goes through environment variables, the way a container is configured, so the
/// test exercises the same configuration binding as a deployment.</remarks>
internal static class ServerStartInfo
{
    private static string DotnetHost()
    {
        // Under `dotnet test` this names the very SDK host running the tests; otherwise rely on PATH.
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return host is { Length: > 0 } && File.Exists(host) ? host : "dotnet";
    }

    /// <summary><c>dotnet &lt;dll&gt;</c> with the node's ports and options; the options' extra variables are applied last.</summary>
    public static ProcessStartInfo Create(ServerProcess server, string contentRoot)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = contentRoot,
        };
        start.ArgumentList.Add(server.DllPath);

        var env = start.Environment;
        // Inherited URL settings would make Kestrel listen somewhere else than BaseAddress.
        foreach (var inherited in new[] { "ASPNETCORE_URLS", "DOTNET_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS", "DOTNET_HTTP_PORTS", "DOTNET_HTTPS_PORTS" })
        {
            env.Remove(inherited);
        }

        var urls = $"http://127.0.0.1:{server.HttpPort}";
        env["Urls"] = urls;
        env["ASPNETCORE_URLS"] = urls;
        env["ASPNETCORE_ENVIRONMENT"] = "Development";
        env["ASPNETCORE_CONTENTROOT"] = contentRoot;
        env["Storage__DataDirectory"] = server.Options.DataDirectory;
        env["Storage__Redis"] = server.Options.Redis ?? string.Empty;
        env["Storage__EmbeddedPort"] = server.EmbeddedStorePort.ToString();
        env["Orleans__ServiceId"] = server.Options.ServiceId;
        env["Orleans__ClusterId"] = server.Options.ClusterId;
        env["Orleans__SiloPort"] = server.SiloPort.ToString();
        env["Orleans__GatewayPort"] = server.GatewayPort.ToString();
        // With Redis the server would advertise the machine's first network address; tests keep silo
        // traffic on loopback, the only addresses they may send to.
        env["Orleans__AdvertisedIP"] = "127.0.0.1";
        env["Demo__Enabled"] = server.Options.DemoEnabled ? "true" : "false";
        // One line per log entry keeps the captured tail readable in a failure message.
        env["Logging__Console__FormatterName"] = "simple";
        env["Logging__Console__FormatterOptions__SingleLine"] = "true";
        env["Logging__Console__FormatterOptions__TimestampFormat"] = "HH:mm:ss.fff ";
        env["Logging__Console__FormatterOptions__ColorBehavior"] = "Disabled";
        // Several nodes share two cores in tests; workstation GC keeps each small and quick to start.
        env["DOTNET_gcServer"] = "0";

        foreach (var (key, value) in server.Options.Environment)
        {
            if (value is null)
            {
                env.Remove(key);
            }
            else
            {
                env[key] = value;
            }
        }

        return start;
    }
}
