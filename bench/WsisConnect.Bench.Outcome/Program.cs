using System.Diagnostics;
using System.Globalization;
using System.Text;
using WsisConnect.Client.Http;
using WsisConnect.Client.Live;
using WsisConnect.Testing;

// dotnet run -c Release --project bench/WsisConnect.Bench.Outcome -- [--runs 3] [--people 600] [--checkins 5] [--reports 20] [--out bench/results]
var runs = 3;
var people = 600;
var checkIns = 5;
var reports = 20;
var output = Path.Combine(RepositoryLayout.FindRoot(), "bench", "results");
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--runs": runs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--people": people = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--checkins": checkIns = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--reports": reports = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--out": output = args[++i]; break;
        default: Console.Error.WriteLine($"unknown argument {args[i]}"); return 2;
    }
}
const string OrganiserCode = "WSIS-ORGA-2025";
var dll = typeof(Program).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
    .Cast<System.Reflection.AssemblyMetadataAttribute>().Single(a => a.Key == "WsisServerDll").Value!;
Environment.SetEnvironmentVariable(RepositoryLayout.ServerDllVariable, dll);
var lines = new List<string>();
for (var run = 1; run <= runs; run++)
{
    using var data = new TempDirectory("wsis-bench-outcome-");
    await using var server = new ServerProcess(new ServerProcessOptions
    {
        DataDirectory = data.Path,
        DemoEnabled = true,
        Environment = new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_CONTENTROOT"] = Path.Combine(RepositoryLayout.FindRoot(), "src", "WsisConnect.Server"),
            ["Auth__AttemptsPerMinute"] = "100000",
            ["DOTNET_gcServer"] = null,
        },
    });
    server.Start();
    await server.WaitUntilReadyAsync(TimeSpan.FromMinutes(3), CancellationToken.None);
    var organiser = new ForumApiClient(new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromMinutes(5) });
    var loaded = Stopwatch.StartNew();
    while (true)
    {
        try
        {
            await organiser.SignInAsync(OrganiserCode);
            if ((await organiser.GetAgendaAsync()).Sessions.Count >= 250) break;
        }
        catch (ForumApiException) when (loaded.Elapsed < TimeSpan.FromMinutes(5))
        {
        }
        await Task.Delay(500);
    }
    var empty = await TimeReportsAsync(organiser, reports);
    var agenda = (await organiser.GetAgendaAsync()).Sessions;
    var sessions = agenda.Select(s => s.Id).ToArray();
    // Ended sessions take no more questions: people ask where they still may.
    var open = agenda.Where(s => s.Status != WsisConnect.Contracts.Agenda.SessionStatus.Ended).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
    var codes = (await organiser.ExportCodesAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1)
        .Select(l => System.Text.RegularExpressions.Regex.Matches(l, "\"((?:[^\"]|\"\")*)\"")[6].Groups[1].Value).Where(c => c.Length > 0).Take(people).ToArray();
    var random = new Random(run);
    var plan = codes.Select(c => (Code: c, Sessions: random.GetItems(sessions, checkIns).Distinct().ToArray())).ToArray();
    var activity = Stopwatch.StartNew();
    await Parallel.ForEachAsync(plan, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (person, ct) =>
    {
        var api = new ForumApiClient(new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromMinutes(2) });
        var token = (await api.SignInAsync(person.Code, ct)).Token;
        await using var live = await LiveConnection.ConnectAsync(server.BaseAddress, token, ct: ct);
        foreach (var session in person.Sessions)
        {
            var operation = Guid.NewGuid().ToString();
            await Retried(() => live.CheckIn(session, visible: true, operation));
        }
        if (person.Sessions.FirstOrDefault(open.Contains) is { } asked)
        {
            var operation = Guid.NewGuid().ToString();
            await Retried(() => live.AskQuestion(asked, "What will this session change?", anonymous: false, operation));
        }
    });
    activity.Stop();
    var busy = await TimeReportsAsync(organiser, reports);
    var json = (await organiser.GetOutcomeAsync()).Sessions.Length;
    var csv = await organiser.ExportOutcomeAsync();
    var line = $"| {run} | {Median(empty):F1} | {Percentile(empty, 0.95):F1} | {codes.Length} x {checkIns} in {activity.Elapsed.TotalSeconds:F0} s | {Median(busy):F1} | {Percentile(busy, 0.95):F1} | {json} | {Encoding.UTF8.GetByteCount(csv) / 1024.0:F0} |";
    Console.WriteLine(line);
    lines.Add(line);
}
var table = new StringBuilder()
    .AppendLine(CultureInfo.InvariantCulture, $"# Outcome report cost ({DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, shared machine, demo forum: 250 sessions, 3,000 people)")
    .AppendLine()
    .AppendLine(CultureInfo.InvariantCulture, $"GET /api/organiser/outcome timed {reports} times in a row (ms), on the demo as loaded and after demo people checked in and asked.")
    .AppendLine()
    .AppendLine("| run | empty median | empty p95 | activity | after median | after p95 | sessions | CSV KiB |")
    .AppendLine("|---|---|---|---|---|---|---|---|");
lines.ForEach(l => table.AppendLine(l));
Directory.CreateDirectory(output);
await File.WriteAllTextAsync(Path.Combine(output, "outcome.md"), table.ToString());
Console.WriteLine(table);
return 0;

static async Task<double[]> TimeReportsAsync(ForumApiClient organiser, int count)
{
    var times = new double[count];
    await organiser.GetOutcomeAsync();
    for (var i = 0; i < count; i++)
    {
        var watch = Stopwatch.StartNew();
        await organiser.GetOutcomeAsync();
        times[i] = watch.Elapsed.TotalMilliseconds;
    }
    return times;
}

// A loaded machine can make the store miss its deadline: the write is sent again with the same operation id, as
// the SDK's users are told to, so it applies once.
static async Task Retried(Func<Task> write)
{
    for (var attempt = 1; ; attempt++)
    {
        try
        {
            await write();
            return;
        }
        catch (LiveHubUnavailableException) when (attempt < 5)
        {
            await Task.Delay(TimeSpan.FromSeconds(attempt));
        }
    }
}

static double Median(double[] values) => Percentile(values, 0.5);

static double Percentile(double[] values, double p)
{
    var sorted = values.Order().ToArray();
    return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}

/// <summary>The entry point's type, for its assembly's metadata.</summary>
internal sealed partial class Program;
