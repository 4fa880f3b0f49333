namespace WsisConnect.Testing;

/// <summary>Where the solution and the server's build output are, seen from a running test.</summary>
/// <remarks>Tests run from deep inside bin/; walking up to WsisConnect.sln works for any test project and
/// configuration. WSIS_SERVER_DLL lets a test run a published server instead of the build output.</remarks>
public static class RepositoryLayout
{
    /// <summary>The environment variable that points at a server dll to run instead of the solution's build output.</summary>
    public const string ServerDllVariable = "WSIS_SERVER_DLL";

    private const string SolutionFile = "WsisConnect.sln";

    /// <summary>The folder holding WsisConnect.sln, found by walking up from the test's output folder.</summary>
    public static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No {SolutionFile} in {AppContext.BaseDirectory} or any folder above it.");
    }

    /// <summary>The server dll to run: WSIS_SERVER_DLL if set, else the newest of the solution's Debug and Release builds.</summary>
    public static string FindServerDll()
    {
        var overridden = Environment.GetEnvironmentVariable(ServerDllVariable);
        if (!string.IsNullOrWhiteSpace(overridden))
        {
            return File.Exists(overridden)
                ? Path.GetFullPath(overridden)
                : throw new FileNotFoundException($"{ServerDllVariable} points at a missing file.", overridden);
        }

        var bin = Path.Combine(FindRoot(), "src", "WsisConnect.Server", "bin");
        var newest = new[] { "Debug", "Release" }
            .Select(configuration => new FileInfo(Path.Combine(bin, configuration, "net10.0", "WsisConnect.Server.dll")))
            .Where(file => file.Exists)
            .OrderByDescending(file => file.LastWriteTimeUtc)
            .FirstOrDefault();
        return newest?.FullName ?? throw new FileNotFoundException(
            $"No build of WsisConnect.Server under {bin}/{{Debug,Release}}/net10.0. Run 'dotnet build {SolutionFile}' first, or set {ServerDllVariable}.");
    }

    /// <summary>The content root for a server dll: the project folder for the solution's own builds (its wwwroot and
    /// appsettings.json, as with <c>dotnet run</c>), the dll's folder for a published server named by WSIS_SERVER_DLL.</summary>
    public static string ServerContentRoot(string serverDll)
    {
        var overridden = Environment.GetEnvironmentVariable(ServerDllVariable);
        return !string.IsNullOrWhiteSpace(overridden)
            ? Path.GetDirectoryName(Path.GetFullPath(serverDll))!
            : Path.Combine(FindRoot(), "src", "WsisConnect.Server");
    }
}
