using BenchmarkDotNet.Running;
using WsisConnect.Bench.Micro.Infrastructure;

// dotnet run -c Release --project bench/WsisConnect.Bench.Micro -- --filter '*'
// Reports go to bench/results/micro/results/; the load tool's `report` command brings them into RESULTS.md.
BenchmarkSwitcher.FromAssembly(typeof(MicroConfig).Assembly).Run(args, MicroConfig.Create());
