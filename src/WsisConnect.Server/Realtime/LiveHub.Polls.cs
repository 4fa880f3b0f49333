using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Polls;
using WsisConnect.Contracts.Validation;
using WsisConnect.Grains.Abstractions.Polls;

namespace WsisConnect.Server.Realtime;

public sealed partial class LiveHub
{
    public Task<IReadOnlyList<PollView>> ListPolls(string sessionId) =>
        grains.GetGrain<ISessionPollsGrain>(RequireSessionId(sessionId)).ListAsync(CurrentCaller);

    public Task<PollDetails> CreatePoll(string sessionId, PollDraft draft, string? operationId = null) =>
        grains.GetGrain<ISessionPollsGrain>(RequireSessionId(sessionId))
            .CreateAsync(CurrentCaller, draft ?? throw new ForumException(ErrorCodes.PollInvalid, "A poll needs a definition."));

    public Task<PollDetails> OpenPoll(string pollId, string? operationId = null) => Poll(pollId).OpenAsync(CurrentCaller);

    public Task<PollDetails> ClosePoll(string pollId, string? operationId = null) => Poll(pollId).CloseAsync(CurrentCaller);

    public Task<PollDetails> ShowPollResults(string pollId, string? operationId = null) => Poll(pollId).ShowResultsAsync(CurrentCaller);

    /// <summary>Goes straight to the voter's partition: no single grain sits on the path of every vote.</summary>
    public Task<VoteReceipt> Vote(string pollId, Ballot ballot, string? operationId = null)
    {
        var caller = CurrentCaller;
        var key = PollPartitionKey.For(RequirePollId(pollId), caller.AttendeeId);
        return grains.GetGrain<IPollPartitionGrain>(key.ToGrainKey())
            .VoteAsync(caller, ballot ?? throw new ForumException(ErrorCodes.PollInvalidAnswer, "A vote needs a ballot."));
    }

    public Task<TextEntry> ModeratePollEntry(string pollId, string entryId, bool approve, string? operationId = null) =>
        Poll(pollId).ModerateEntryAsync(CurrentCaller, entryId, approve);

    private IPollGrain Poll(string pollId) => grains.GetGrain<IPollGrain>(RequirePollId(pollId));

    private static string RequirePollId(string? pollId) => ForumIds.Poll.Require(pollId, nameof(pollId));
}
