using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Polls;
using WsisConnect.Grains.Abstractions.Identity;

namespace WsisConnect.Grains.Abstractions.Polls;

/// <summary>
/// The voters of one partition of a poll, keyed <c>{pollId}#{n}</c> (see <see cref="PollPartitionKey"/>): it
/// refuses a second vote, stores votes in batches and acknowledges each only once stored.
/// </summary>
public interface IPollPartitionGrain : IGrainWithStringKey
{
    /// <summary>Records a vote.</summary>
    Task<VoteReceipt> VoteAsync(Caller caller, Ballot ballot);

    /// <summary>The person's current ballot, or null.</summary>
    Task<Ballot?> GetBallotAsync(string attendeeId);

    /// <summary>The points the person's quiz answer earned (0 when wrong), once the quiz has closed; null before, or without an answer.</summary>
    Task<int?> GetQuizPointsAsync(string attendeeId);

    /// <summary>
    /// Brings the partition up to date with the poll (opened, closed) and returns its complete counts once every
    /// vote it counted is stored, so the poll grain can sum exact results without waiting for a report. When a quiz
    /// has closed, its right answers earn their points here, once.
    /// </summary>
    Task<PollPartitionTally> SyncAsync(PollDetails poll);

    /// <summary>Sets an open-text answer's status (the poll grain checked the caller).</summary>
    Task<TextEntry> SetEntryStatusAsync(string entryId, EntryStatus status);
}
