using Orleans.Concurrency;
using WsisConnect.Contracts.Identity;

namespace WsisConnect.Contracts.Outcome;

/// <summary>
/// Builds the outcome report from what each feature counts as events happen (keyed by <c>ForumKeys.Forum</c>, a
/// stateless worker: nothing is stored here, and reports for several organisers run side by side).
/// </summary>
public interface IOutcomeGrain : IGrainWithStringKey
{
    /// <summary>The forum's outcome; organisers only.</summary>
    [ReadOnly]
    Task<OutcomeReport> GetReportAsync(Caller caller);

    /// <summary>One session's questions and poll results; the session's moderators and organisers only.</summary>
    [ReadOnly]
    Task<SessionOutcome> GetSessionAsync(Caller caller, string sessionId);
}
