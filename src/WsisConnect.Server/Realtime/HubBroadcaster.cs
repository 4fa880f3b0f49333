using Microsoft.AspNetCore.SignalR;
using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Leaderboard;
using WsisConnect.Contracts.Networking;
using WsisConnect.Contracts.Polls;
using WsisConnect.Contracts.Questions;
using WsisConnect.Contracts.Realtime;
using WsisConnect.Grains.Realtime;

namespace WsisConnect.Server.Realtime;

/// <summary>
/// The bridge from grains to connections: sends through the hub context, which the Redis backplane fans out to every node,
/// and one person's pushes through <see cref="PersonalPushChannel"/>.
/// </summary>
public sealed class HubBroadcaster(IHubContext<LiveHub, ILiveClient> hub, PersonalPushChannel person) : ILiveBroadcaster
{
    public Task QuestionsChangedAsync(LiveAudience audience, string key, QueueDelta delta) => audience switch
    {
        LiveAudience.Participants => hub.Clients.Group(LiveGroups.Participants(key)).QuestionsChanged(delta),
        LiveAudience.Moderators => hub.Clients.Group(LiveGroups.Moderators(key)).QuestionsChanged(delta),
        LiveAudience.Attendee => person.SendAsync(key, nameof(ILiveClient.QuestionsChanged), delta),
        _ => throw new ArgumentOutOfRangeException(nameof(audience)),
    };

    public Task AgendaChangedAsync(AgendaDelta delta) => hub.Clients.Group(LiveGroups.Agenda).AgendaChanged(delta);

    public Task SessionChangedAsync(SessionDetails session) =>
        hub.Clients.Groups(LiveGroups.Participants(session.Id), LiveGroups.Moderators(session.Id)).SessionChanged(session);

    public Task PollChangedAsync(PollDetails forModerators, PollDetails forParticipants) => Task.WhenAll(
        hub.Clients.Group(LiveGroups.Moderators(forModerators.SessionId)).PollChanged(forModerators),
        forParticipants.Status == PollStatus.Draft
            ? Task.CompletedTask
            : hub.Clients.Group(LiveGroups.Participants(forParticipants.SessionId)).PollChanged(forParticipants));

    public Task PollResultsChangedAsync(string sessionId, PollResults forModerators, PollResults? forParticipants) => Task.WhenAll(
        hub.Clients.Group(LiveGroups.Moderators(sessionId)).PollResultsChanged(forModerators),
        forParticipants is null ? Task.CompletedTask : hub.Clients.Group(LiveGroups.Participants(sessionId)).PollResultsChanged(forParticipants));

    public Task LeaderboardChangedAsync(LeaderboardTop top) => hub.Clients.All.LeaderboardChanged(top);

    public Task ContactAddedAsync(string ownerId, Contact contact) => person.SendAsync(ownerId, nameof(ILiveClient.ContactAdded), contact);

    public Task ContactRequestChangedAsync(string ownerId, ContactRequest request) =>
        person.SendAsync(ownerId, nameof(ILiveClient.ContactRequestChanged), request);

    public Task PresenceChangedAsync(SessionPresence presence) =>
        hub.Clients.Groups(LiveGroups.Participants(presence.SessionId), LiveGroups.Moderators(presence.SessionId)).PresenceChanged(presence);

    public Task MessageReceivedAsync(string ownerId, DirectMessage message) => person.SendAsync(ownerId, nameof(ILiveClient.MessageReceived), message);
}
