namespace WsisConnect.Contracts.Questions;

/// <summary>
/// Counts the questions of many sessions from what the queues store (a stateless worker keyed by
/// <c>ForumKeys.Forum</c>): one round trip to the store for the whole agenda, and no queue is woken.
/// </summary>
public interface IQuestionCountsGrain : IGrainWithStringKey
{
    /// <summary>The counts of each of <paramref name="sessionIds"/>, in the same order.</summary>
    Task<QuestionCount[]> GetCountsAsync(string[] sessionIds);
}
