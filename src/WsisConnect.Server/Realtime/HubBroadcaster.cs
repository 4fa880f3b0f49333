using Microsoft.AspNetCore.SignalR;
using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Leaderboard;
using WsisConnect.Contracts.Monitoring;
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
public sealed class HubBroadcaster(IHubContext<LiveHub, ILiveClient> hub, PersonalPushChannel person, LiveMetrics metrics) : ILiveBroadcaster
{
    public Task QuestionsChangedAsync(LiveAudience audience, string key, QueueDelta delta)
    {
        metrics.Pushed("questions");
        return audience switch
        {
            LiveAudience.Participants => hub.Clients.Group(LiveGroups.Participants(key)).QuestionsChanged(delta),
            LiveAudience.Moderators => hub.Clients.Group(LiveGroups.Moderators(key)).QuestionsChanged(delta),
            LiveAudience.Attendee => person.SendAsync(key, nameof(ILiveClient.QuestionsChanged), delta),
            _ => throw new ArgumentOutOfRangeException(nameof(audience)),
        };
    }

    public Task AgendaChangedAsync(AgendaDelta delta)
    {
        metrics.Pushed("agenda");
        return hub.Clients.Group(LiveGroups.Agenda).AgendaChanged(delta);
    }

    public Task SessionChangedAsync(SessionDetails session)
    {
        metrics.Pushed("session", groups: 2);
        return hub.Clients.Groups(LiveGroups.Participants(session.Id), LiveGroups.Moderators(session.Id)).SessionChanged(session);
    }

    public Task PollChangedAsync(PollDetails forModerators, PollDetails forParticipants)
    {
        var draft = forParticipants.Status == PollStatus.Draft;
        metrics.Pushed("poll");
        if (!draft)
        {
            metrics.Pushed("poll");
        }
        return Task.WhenAll(
            hub.Clients.Group(LiveGroups.Moderators(forModerators.SessionId)).PollChanged(forModerators),
            draft ? Task.CompletedTask : hub.Clients.Group(LiveGroups.Participants(forParticipants.SessionId)).PollChanged(forParticipants));
    }

    public Task PollResultsChangedAsync(string sessionId, PollResults forModerators, PollResults? forParticipants)
    {
        metrics.Pushed("poll_results");
        if (forParticipants is not null)
        {
            metrics.Pushed("poll_results");
        }
        return Task.WhenAll(
            hub.Clients.Group(LiveGroups.Moderators(sessionId)).PollResultsChanged(forModerators),
            forParticipants is null ? Task.CompletedTask : hub.Clients.Group(LiveGroups.Participants(sessionId)).PollResultsChanged(forParticipants));
    }

    public Task LeaderboardChangedAsync(LeaderboardTop top)
    {
        metrics.Pushed("leaderboard");
        return hub.Clients.All.LeaderboardChanged(top);
    }

    public Task OperationsPulseAsync(ForumPulse pulse)
    {
        metrics.Pushed("operations");
        return hub.Clients.Group(LiveGroups.Operations).OperationsPulse(pulse);
    }

    public Task ContactAddedAsync(string ownerId, Contact contact)
    {
        metrics.Pushed("contact");
        return person.SendAsync(ownerId, nameof(ILiveClient.ContactAdded), contact);
    }

    public Task ContactRequestChangedAsync(string ownerId, ContactRequest request)
    {
        metrics.Pushed("contact_request");
        return person.SendAsync(ownerId, nameof(ILiveClient.ContactRequestChanged), request);
    }

    public Task PresenceChangedAsync(SessionPresence presence)
    {
        metrics.Pushed("presence", groups: 2);
        return hub.Clients.Groups(LiveGroups.Participants(presence.SessionId), LiveGroups.Moderators(presence.SessionId)).PresenceChanged(presence);
    }

    public Task MessageReceivedAsync(string ownerId, DirectMessage message)
    {
        metrics.Pushed("message");
        return person.SendAsync(ownerId, nameof(ILiveClient.MessageReceived), message);
    }
}
