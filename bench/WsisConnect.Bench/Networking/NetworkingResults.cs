using System.Text.Json;
using System.Text.Json.Nodes;
using WsisConnect.Bench.Reporting;

namespace WsisConnect.Bench.Networking;

/// <summary>The networking sections of results.json (<c>contacts</c>, <c>matchmaking</c>), each replaced only by a run that measured it.</summary>
public static class NetworkingResults
{
    /// <summary>results.json's section for the contacts scenario.</summary>
    public const string ContactsSection = "contacts";

    /// <summary>results.json's section for the matchmaking scenario.</summary>
    public const string MatchmakingSection = "matchmaking";

    /// <summary>Merges the sections given into results.json (the other sections stay as they were).</summary>
    public static void Merge(string directory, NetworkingReport<ContactsRunResult>? contacts, NetworkingReport<MatchmakingRunResult>? matchmaking)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, ResultsStore.JsonFile);
        var root = File.Exists(path) ? JsonNode.Parse(File.ReadAllText(path)) as JsonObject ?? [] : [];
        if (contacts is not null)
        {
            root[ContactsSection] = JsonSerializer.SerializeToNode(contacts, ResultsStore.Json);
        }
        if (matchmaking is not null)
        {
            root[MatchmakingSection] = JsonSerializer.SerializeToNode(matchmaking, ResultsStore.Json);
        }
        File.WriteAllText(path, root.ToJsonString(ResultsStore.Json) + Environment.NewLine);
    }

    /// <summary>The sections as results.json holds them (null when never measured).</summary>
    public static (NetworkingReport<ContactsRunResult>? Contacts, NetworkingReport<MatchmakingRunResult>? Matchmaking) Read(JsonObject? root) =>
        (root?[ContactsSection]?.Deserialize<NetworkingReport<ContactsRunResult>>(ResultsStore.Json),
         root?[MatchmakingSection]?.Deserialize<NetworkingReport<MatchmakingRunResult>>(ResultsStore.Json));
}
