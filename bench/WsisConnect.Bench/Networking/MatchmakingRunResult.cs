using WsisConnect.Bench.Measurement;
using WsisConnect.Bench.Registration;

namespace WsisConnect.Bench.Networking;

/// <summary>What the matchmaking scenario measured against one server.</summary>
/// <param name="Load">Registering every profile's person and storing the profile: two HTTP calls each.</param>
/// <param name="DirectorySize">Everyone listed in the directory after the load (the demo's people included).</param>
/// <param name="DirectoryChecked">People looked up by name in the directory after the load (a sample).</param>
/// <param name="DirectoryFound">How many of them were found.</param>
/// <param name="Latency">One <c>GetSuggestions</c> call over the hub, send to result.</param>
/// <param name="SampleReasons">The reasons given for the best suggestion of the first query, to show what a query returns.</param>
public sealed record MatchmakingRunResult(
    string Server, string ServerDescription, int Profiles, RegistrationSummary Load, CpuUse LoadCpu, double? RssAfterLoadMiB,
    int DirectorySize, int DirectoryChecked, int DirectoryFound,
    int QueryPeople, int Queries, int Answered, int InFlight, int Take, double Seconds, double QueriesPerSecond,
    LatencySummary Latency, CpuUse QueryCpu, double MeanSuggestions, int EmptyAnswers, IReadOnlyDictionary<string, int> Errors,
    string SampleReasons, IReadOnlyList<string> Notes);
