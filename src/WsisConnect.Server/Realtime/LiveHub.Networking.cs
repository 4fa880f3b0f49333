using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Forum;
using WsisConnect.Contracts.Networking;
using WsisConnect.Contracts.Validation;
using WsisConnect.Grains.Abstractions.Badges;
using WsisConnect.Grains.Abstractions.Contacts;
using WsisConnect.Grains.Abstractions.Directory;
using WsisConnect.Grains.Abstractions.Messages;
using WsisConnect.Grains.Abstractions.Presence;

namespace WsisConnect.Server.Realtime;

public sealed partial class LiveHub
{
    public async Task<Badge> GetBadge() => ToBadge(await grains.GetGrain<IBadgeGrain>(CurrentCaller.AttendeeId).GetAsync(CurrentCaller));

    public async Task<Badge> RotateBadge(string? operationId = null) => ToBadge(await grains.GetGrain<IBadgeGrain>(CurrentCaller.AttendeeId).RotateAsync(CurrentCaller));

    public Task<ScanResult> ScanBadge(string code, string? note, string[]? tags, string? operationId = null) =>
        grains.GetGrain<IBadgeScanGrain>(CurrentCaller.AttendeeId).ScanAsync(CurrentCaller, code, note, tags);

    public Task<ContactRequest> SendContactRequest(string toAttendeeId, string message, string? operationId = null) =>
        Book().SendRequestAsync(CurrentCaller, RequirePersonId(toAttendeeId), message);

    public Task<ContactRequest> RespondToContactRequest(string requestId, RequestStatus answer, string? operationId = null) =>
        Book().RespondAsync(CurrentCaller, requestId, answer);

    public Task SetBlocked(string attendeeId, bool blocked, string? operationId = null) => Book().SetBlockedAsync(CurrentCaller, RequirePersonId(attendeeId), blocked);

    public Task<Contact> AnnotateContact(string contactId, string note, string[] tags, string? operationId = null) => Book().AnnotateAsync(CurrentCaller, contactId, note, tags);

    public Task<ContactBookView> GetContactBook() => Book().GetAsync(CurrentCaller);

    public Task<DirectMessage> SendMessage(string toAttendeeId, string text, string? operationId = null) => Conversation(toAttendeeId).SendAsync(CurrentCaller, text);

    public Task<MessagePage> GetMessages(string withAttendeeId, long? beforeSequence, int take) =>
        Conversation(withAttendeeId).GetPageAsync(CurrentCaller, beforeSequence, take);

    public Task<long> MarkMessagesRead(string withAttendeeId, long sequence, string? operationId = null) => Conversation(withAttendeeId).MarkReadAsync(CurrentCaller, sequence);

    public async Task<Suggestion[]> GetSuggestions(int take)
    {
        var caller = CurrentCaller;
        var book = await Book().GetAsync(caller);
        return await grains.GetGrain<IDirectoryGrain>(ForumKeys.Forum)
            .SuggestAsync(caller.AttendeeId, [.. book.Contacts.Select(c => c.AttendeeId), .. book.Blocked], take);
    }

    public Task<SessionPresence> CheckIn(string sessionId, bool visible, string? operationId = null) =>
        grains.GetGrain<ISessionPresenceGrain>(RequireSessionId(sessionId)).CheckInAsync(CurrentCaller, visible);

    public Task<SessionPresence> CheckOut(string sessionId, string? operationId = null) =>
        grains.GetGrain<ISessionPresenceGrain>(RequireSessionId(sessionId)).CheckOutAsync(CurrentCaller);

    public Task<SessionPresence> GetPresence(string sessionId) =>
        grains.GetGrain<ISessionPresenceGrain>(RequireSessionId(sessionId)).GetAsync(CurrentCaller);

    private IContactBookGrain Book() => grains.GetGrain<IContactBookGrain>(CurrentCaller.AttendeeId);

    private IConversationGrain Conversation(string withAttendeeId) =>
        grains.GetGrain<IConversationGrain>(ContactPairKey.Of(CurrentCaller.AttendeeId, RequirePersonId(withAttendeeId)).ToGrainKey());

    private Badge ToBadge((int Version, string ShortCode) badge)
    {
        var caller = CurrentCaller;
        var token = tokens.Create(caller.AttendeeId, badge.Version);
        return new Badge(caller.AttendeeId, caller.Name, token, badge.ShortCode, badge.Version);
    }

    private static string RequirePersonId(string? attendeeId) => ForumIds.Person.Require(attendeeId, nameof(attendeeId));
}
