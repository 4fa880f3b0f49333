using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Questions;
using WsisConnect.Grains.Abstractions.Agenda;
using WsisConnect.Grains.Abstractions.Questions;

namespace WsisConnect.Server.Realtime;

public sealed partial class LiveHub
{
    public async Task<QuestionQueueSnapshot> JoinSession(string sessionId)
    {
        var id = RequireSessionId(sessionId);
        var caller = CurrentCaller;
        // Join the group before taking the snapshot, so no change falls between the two; the client drops
        // whatever the snapshot already holds by revision.
        var moderator = await grains.GetGrain<ISessionGrain>(id).IsModeratorAsync(caller);
        var group = moderator ? LiveGroups.Moderators(id) : LiveGroups.Participants(id);
        // Every group operation of the node waits on one lock in the Redis backplane, so a join touches only the group
        // it needs: it leaves the other one only when this connection joined it before (its rights changed since).
        var joinedAs = Context.Items.TryGetValue(JoinedGroupKey(id), out var held) ? held as string : null;
        if (joinedAs != group)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, group);
            Context.Items[JoinedGroupKey(id)] = group;
            if (joinedAs is not null)
            {
                await Groups.RemoveFromGroupAsync(Context.ConnectionId, joinedAs);
            }
        }
        return await grains.GetGrain<IQuestionQueueGrain>(id).GetSnapshotAsync(caller);
    }

    public async Task LeaveSession(string sessionId)
    {
        var id = RequireSessionId(sessionId);
        if (Context.Items.Remove(JoinedGroupKey(id), out var joined) && joined is string group)
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, group);
        }
    }

    /// <summary>Where this connection notes the session group it joined.</summary>
    private static string JoinedGroupKey(string sessionId) => "joined:" + sessionId;

    public Task<QuestionView> AskQuestion(string sessionId, string text, bool anonymous, string? operationId = null) =>
        grains.GetGrain<IQuestionQueueGrain>(RequireSessionId(sessionId)).AskAsync(CurrentCaller, text ?? string.Empty, anonymous);

    public Task<QuestionView> EditQuestion(string sessionId, int questionId, string text, string? operationId = null) =>
        grains.GetGrain<IQuestionQueueGrain>(RequireSessionId(sessionId)).EditAsync(CurrentCaller, questionId, text ?? string.Empty);

    public Task DeleteQuestion(string sessionId, int questionId, string? operationId = null) =>
        grains.GetGrain<IQuestionQueueGrain>(RequireSessionId(sessionId)).DeleteAsync(CurrentCaller, questionId);

    public Task<UpvoteReceipt> Upvote(string sessionId, int questionId, string? operationId = null) =>
        grains.GetGrain<IQuestionQueueGrain>(RequireSessionId(sessionId)).UpvoteAsync(CurrentCaller, questionId);

    public Task<UpvoteReceipt> WithdrawUpvote(string sessionId, int questionId, string? operationId = null) =>
        grains.GetGrain<IQuestionQueueGrain>(RequireSessionId(sessionId)).WithdrawUpvoteAsync(CurrentCaller, questionId);

    public Task<QuestionView> Moderate(string sessionId, int questionId, ModerationAction action, string? operationId = null) =>
        Enum.IsDefined(action)
            ? grains.GetGrain<IQuestionQueueGrain>(RequireSessionId(sessionId)).ModerateAsync(CurrentCaller, questionId, action)
            : throw new ForumException(ErrorCodes.Invalid, $"Unknown moderation action {action}.");

    public async Task SetQuestionMode(string sessionId, QuestionMode mode, string? operationId = null)
    {
        if (!Enum.IsDefined(mode))
        {
            throw new ForumException(ErrorCodes.Invalid, $"Unknown question mode {mode}.");
        }
        await grains.GetGrain<ISessionGrain>(RequireSessionId(sessionId)).SetQuestionModeAsync(CurrentCaller, mode);
    }

    public async Task SetSessionStatus(string sessionId, SessionStatus status, string? operationId = null)
    {
        if (!Enum.IsDefined(status))
        {
            throw new ForumException(ErrorCodes.Invalid, $"Unknown session status {status}.");
        }
        await grains.GetGrain<ISessionGrain>(RequireSessionId(sessionId)).SetStatusAsync(CurrentCaller, status);
    }
}
