using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using WsisConnect.Bench.Imports;
using WsisConnect.Client.Http;
using WsisConnect.Testing;

// dotnet run -c Release --project bench/WsisConnect.Bench.Imports -- [--runs 5] [--people 11000] [--out bench/results]
var runs = 5;
var people = 11_000;
var output = Path.Combine(RepositoryLayout.FindRoot(), "bench", "results");
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--runs": runs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--people": people = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--out": output = args[++i]; break;
        default: Console.Error.WriteLine($"unknown argument {args[i]}"); return 2;
    }
}
const string OrganiserCode = "BENC-HORG-ANIS-ER26";
var dll = typeof(ImportRun).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "WsisServerDll").Value!;
Environment.SetEnvironmentVariable(RepositoryLayout.ServerDllVariable, dll);
var results = new List<ImportRun>();
for (var run = 1; run <= runs; run++)
{
    using var data = new TempDirectory("wsis-bench-imports-");
    await using var server = new ServerProcess(new ServerProcessOptions
    {
        DataDirectory = data.Path,
        Environment = new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_CONTENTROOT"] = Path.Combine(RepositoryLayout.FindRoot(), "src", "WsisConnect.Server"),
            ["Setup__OrganiserCode"] = OrganiserCode,
            ["DOTNET_gcServer"] = null,
        },
    });
    server.Start();
    await server.WaitUntilReadyAsync(TimeSpan.FromSeconds(90), CancellationToken.None);
    var organiser = new ForumApiClient(new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromMinutes(5) });
    await organiser.SignInAsync(OrganiserCode);
    var result = await ImportRun.MeasureAsync(organiser, people, CancellationToken.None);
    results.Add(result);
    Console.WriteLine($"run {run}: upload+preview {result.UploadPreviewSeconds:F2} s, confirm {result.ConfirmSeconds:F2} s, " +
        $"{people / result.FirstImportSeconds:F0} rows/s; export {result.ExportSeconds:F2} s; re-import (100 changed, 10 removed) {result.ReimportSeconds:F2} s");
}

string Spread(Func<ImportRun, double> value, string format)
{
    var sorted = results.Select(value).Order().ToList();
    return $"{sorted[sorted.Count / 2].ToString(format, CultureInfo.InvariantCulture)} ({sorted[0].ToString(format, CultureInfo.InvariantCulture)}-{sorted[^1].ToString(format, CultureInfo.InvariantCulture)})";
}

Directory.CreateDirectory(output);
var markdown = new StringBuilder()
    .AppendLine("# Registration import")
    .AppendLine()
    .AppendLine($"`dotnet run -c Release --project bench/WsisConnect.Bench.Imports -- --runs {runs} --people {people}`, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, " +
        $"{Environment.ProcessorCount} cores. Each run: a fresh server (embedded Garnet, waiting for the append-only log), the list uploaded as CSV through " +
        "`POST /api/organiser/registration/imports`, previewed, confirmed; the codes exported; then the same list with 100 rows changed and 10 removed, " +
        $"previewed and confirmed. Median (min-max) of {runs} runs.")
    .AppendLine()
    .AppendLine("| step | seconds |")
    .AppendLine("|---|---:|")
    .AppendLine($"| upload, parse and preview {people:N0} rows | {Spread(r => r.UploadPreviewSeconds, "F2")} |")
    .AppendLine($"| confirm: {people:N0} people and codes stored | {Spread(r => r.ConfirmSeconds, "F2")} |")
    .AppendLine($"| **whole first import** | **{Spread(r => r.FirstImportSeconds, "F2")}** |")
    .AppendLine($"| rows per second, whole first import | {Spread(r => people / r.FirstImportSeconds, "F0")} |")
    .AppendLine($"| export of the codes CSV | {Spread(r => r.ExportSeconds, "F2")} |")
    .AppendLine($"| re-import, 100 changed and 10 removed (upload to confirmed) | {Spread(r => r.ReimportSeconds, "F2")} |");
await File.WriteAllTextAsync(Path.Combine(output, "imports.md"), markdown.ToString());
await File.WriteAllTextAsync(Path.Combine(output, "imports.json"), JsonSerializer.Serialize(new { people, runs = results }, new JsonSerializerOptions { WriteIndented = true }));
Console.Write(markdown);
return 0;
