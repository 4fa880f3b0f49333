using WsisConnect.Contracts.Identity;

namespace WsisConnect.Contracts.Polls;

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

    /// <summary>
    /// Brings the partition up to date with the poll (opened, closed) and returns its complete counts once every
    /// vote it counted is stored, so the poll grain can sum exact results without waiting for a report.
    /// </summary>
    Task<PollPartitionTally> SyncAsync(PollDetails poll);

    /// <summary>Sets an open-text answer's status (the poll grain checked the caller).</summary>
    Task<TextEntry> SetEntryStatusAsync(string entryId, EntryStatus status);
}
