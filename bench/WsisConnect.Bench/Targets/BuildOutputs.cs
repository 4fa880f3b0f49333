using System.Reflection;

namespace WsisConnect.Bench.Targets;

/// <summary>The server builds of the same configuration as this tool, as recorded at build time (see the .csproj).</summary>
public static class BuildOutputs
{
    /// <summary>WsisConnect.Server.dll.</summary>
    public static string WsisServerDll => Find("WsisServerDll");

    /// <summary>WsisConnect.Bench.Baseline.dll.</summary>
    public static string BaselineDll => Find("BaselineDll");

    /// <summary>The configuration this tool was built in (Release for measurements).</summary>
    public static string Configuration =>
        typeof(BuildOutputs).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "unknown";

    private static string Find(string key)
    {
        var path = typeof(BuildOutputs).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value
            ?? throw new InvalidOperationException($"The tool was built without the {key} path.");
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"{Path.GetFileName(path)} is not built in this configuration; build bench/WsisConnect.Bench (it builds the servers too).", path);
    }
}
