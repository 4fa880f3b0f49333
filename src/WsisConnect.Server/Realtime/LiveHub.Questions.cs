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
        await Groups.AddToGroupAsync(Context.ConnectionId, moderator ? LiveGroups.Moderators(id) : LiveGroups.Participants(id));
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, moderator ? LiveGroups.Participants(id) : LiveGroups.Moderators(id));
        return await grains.GetGrain<IQuestionQueueGrain>(id).GetSnapshotAsync(caller);
    }

    public async Task LeaveSession(string sessionId)
    {
        var id = RequireSessionId(sessionId);
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, LiveGroups.Participants(id));
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, LiveGroups.Moderators(id));
    }

    public Task<QuestionView> AskQuestion(string sessionId, string text, bool anonymous, string? operationId = null) =>
        grains.GetGrain<IQuestionQueueGrain>(RequireSessionId(sessionId)).AskAsync(CurrentCaller, text ?? string.Empty, anonymous);

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
