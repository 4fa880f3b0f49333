using WsisConnect.Bench.Networking;
using WsisConnect.Bench.Polls;
using WsisConnect.Bench.Prizes;

namespace WsisConnect.Bench;

/// <summary>What one run of the tool measured (a scenario that did not run is null).</summary>
public sealed record BenchReport(
    PollsReport? Polls,
    PrizesReport? Prizes,
    NetworkingReport<ContactsRunResult>? Contacts = null,
    NetworkingReport<MatchmakingRunResult>? Matchmaking = null)
{
    /// <summary>
    /// Every vote of every scenario that ran was acknowledged and counted exactly, by every server; every planned contact
    /// was made and is in both books once; every recommendation query was answered.
    /// </summary>
    public bool AllExact =>
        (Polls?.Sizes.All(s => s.Ours.AllAcknowledged && s.Ours.CountsExact && (s.Baseline is null || (s.Baseline.AllAcknowledged && s.Baseline.CountsExact))) ?? true)
        && (Prizes?.Result.Exact ?? true)
        && (Contacts?.Result.Exact ?? true)
        && (Matchmaking is not { Result: var m } || (m.Answered == m.Queries && m.DirectoryFound == m.DirectoryChecked));
}
