using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using WsisConnect.Bench.Networking;
using WsisConnect.Bench.Polls;
using WsisConnect.Bench.Prizes;

namespace WsisConnect.Bench.Reporting;

/// <summary>
/// results.json holds one section per scenario ("polls", "prizes", "contacts", "matchmaking"); a run replaces only the sections it measured,
/// so <c>polls</c> and <c>prizes</c> can run separately. RESULTS.md is rendered from the merged file each time.
/// </summary>
public static class ResultsStore
{
    /// <summary>The machine-readable file.</summary>
    public const string JsonFile = "results.json";

    /// <summary>The human-readable file.</summary>
    public const string MarkdownFile = "RESULTS.md";

    /// <summary>The folder BenchmarkDotNet writes into (its reports are embedded in RESULTS.md).</summary>
    public const string MicroFolder = "micro";

    /// <summary>The serializer settings of results.json.</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>Merges the sections given into results.json and re-renders RESULTS.md; returns the files written.</summary>
    public static string Save(string directory, PollsReport? polls, PrizesReport? prizes)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, JsonFile);
        var root = File.Exists(path) ? JsonNode.Parse(File.ReadAllText(path)) as JsonObject ?? [] : [];
        if (polls is not null)
        {
            root["polls"] = JsonSerializer.SerializeToNode(polls, Json);
        }
        if (prizes is not null)
        {
            root["prizes"] = JsonSerializer.SerializeToNode(prizes, Json);
        }
        File.WriteAllText(path, root.ToJsonString(Json) + Environment.NewLine);
        return $"{path} and {Render(directory)}";
    }

    /// <summary>Renders RESULTS.md from results.json and the micro-benchmark reports found; returns its path.</summary>
    public static string Render(string directory)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, JsonFile);
        var root = File.Exists(path) ? JsonNode.Parse(File.ReadAllText(path)) as JsonObject : null;
        var polls = root?["polls"]?.Deserialize<PollsReport>(Json);
        var prizes = root?["prizes"]?.Deserialize<PrizesReport>(Json);
        var micro = Path.Combine(directory, MicroFolder, "results");
        var reports = Directory.Exists(micro)
            ? Directory.GetFiles(micro, "*-report-github.md").Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllText(f))).ToArray()
            : [];
        var (contacts, matchmaking) = NetworkingResults.Read(root);
        var markdown = Path.Combine(directory, MarkdownFile);
        File.WriteAllText(markdown, MarkdownReport.Render(polls, prizes, contacts, matchmaking, reports));
        return markdown;
    }
}
