namespace WsisConnect.Contracts.Polls;

/// <summary>
/// The sessions that have polls (a stateless worker keyed by <c>ForumKeys.Forum</c>), noted when their first poll
/// is prepared: the outcome report asks only those sessions for their polls instead of waking all of them.
/// </summary>
public interface IPolledSessionsGrain : IGrainWithStringKey
{
    /// <summary>The ids of every session a poll was prepared in.</summary>
    Task<string[]> GetAsync();
}
