using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using WsisConnect.Testing;

namespace WsisConnect.Bench.Micro.Infrastructure;

/// <summary>
/// Short runs (3 warm-ups, 3 measured iterations) in this process: the machine has two cores, and an in-process
/// toolchain needs no second build of the server projects while someone else may be building them.
/// </summary>
public static class MicroConfig
{
    public static IConfig Create() => ManualConfig.CreateEmpty()
        .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithId("ShortRun-InProcess"))
        .AddLogger(ConsoleLogger.Default)
        .AddColumnProvider(DefaultColumnProviders.Instance)
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddExporter(MarkdownExporter.GitHub, JsonExporter.Brief)
        .WithArtifactsPath(Path.Combine(RepositoryLayout.FindRoot(), "bench", "results", "micro"));
}
