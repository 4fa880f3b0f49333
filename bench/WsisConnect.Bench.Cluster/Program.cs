using System.Reflection;
using WsisConnect.Bench.Cluster;
using WsisConnect.Bench.Cluster.Chaos;
using WsisConnect.Bench.Cluster.Failover;
using WsisConnect.Bench.Cluster.Restart;
using WsisConnect.Testing;

var (options, error) = ClusterBenchOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(error is null ? ClusterBenchOptions.Usage : $"{error}\n\n{ClusterBenchOptions.Usage}");
    return error is null ? 0 : 2;
}

// Run the server built in the same configuration as this tool, not whichever build is newest.
var serverDll = typeof(ClusterBenchOptions).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "WsisServerDll").Value!;
Environment.SetEnvironmentVariable(RepositoryLayout.ServerDllVariable, serverDll);
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };

var markdown = options.Command switch
{
    "restart" => await RestartScenario.RunAsync(options, Console.Out, cancel.Token),
    "chaos" => await ChaosScenario.RunAsync(options, Console.Out, cancel.Token),
    _ => await FailoverScenario.RunAsync(options, Console.Out, cancel.Token),
};
Directory.CreateDirectory(options.OutputDirectory);
var file = Path.Combine(options.OutputDirectory, $"{options.Command}-{options.Label}.md");
await File.WriteAllTextAsync(file, markdown);
Console.WriteLine($"wrote {file}");
return 0;
