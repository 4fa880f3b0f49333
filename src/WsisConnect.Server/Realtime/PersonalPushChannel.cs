using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using WsisConnect.Contracts.Networking;
using WsisConnect.Contracts.Questions;
using WsisConnect.Contracts.Realtime;
using WsisConnect.Grains.Storage;

namespace WsisConnect.Server.Realtime;

/// <summary>
/// Pushes meant for one person (their contacts, contact requests, messages, their own question's moderation),
/// delivered to that person's connections on whichever nodes hold them, through one pub/sub channel every node
/// subscribes to once.
/// </summary>
/// <remarks>
/// This replaces a SignalR group per person. The Redis backplane subscribes each group's channel while holding one
/// lock that every group operation of the node shares, so a group per person put a SUBSCRIBE round trip into every
/// connect and queued every session join behind them: in a storm of 5,000 people arriving in 10 s, joins waited
/// seconds in <c>Groups.AddToGroupAsync</c> and a quarter were answered <c>server.busy</c>. It also held one
/// subscription per connected person on every node. Personal pushes are rare next to session pushes, so sending
/// each to every node (a handful) and letting the node that holds the person's connections deliver costs less.
/// Messages are handled in order (one queue), as a group's were.
/// </remarks>
public sealed partial class PersonalPushChannel(
    IConnectionMultiplexer redis,
    IOptions<StoreOptions> store,
    PersonConnections connections,
    IHubContext<LiveHub, ILiveClient> hub,
    ILogger<PersonalPushChannel> logger) : IHostedService
{
    // Between nodes only: the payload is read back into its type and SignalR writes it in the caller's protocol.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private ChannelMessageQueue? _queue;

    private RedisChannel Channel => RedisChannel.Literal($"{store.Value.KeyPrefix}:live:person");

    /// <summary>Sends <paramref name="payload"/> as the push <paramref name="method"/> to every connection of <paramref name="attendeeId"/>.</summary>
    public Task SendAsync<T>(string attendeeId, string method, T payload) =>
        redis.GetSubscriber().PublishAsync(Channel,
            JsonSerializer.SerializeToUtf8Bytes(new Envelope(attendeeId, method, JsonSerializer.SerializeToElement(payload, Json)), Json));

    /// <summary>Subscribes before the node serves anyone, so no push to a person connected here is missed.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _queue = await redis.GetSubscriber().SubscribeAsync(Channel);
        _queue.OnMessage(DeliverAsync);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_queue is { } queue)
        {
            await queue.UnsubscribeAsync();
        }
    }

    private async Task DeliverAsync(ChannelMessage message)
    {
        try
        {
            var envelope = JsonSerializer.Deserialize<Envelope>((byte[])message.Message!, Json);
            if (envelope is null)
            {
                return;
            }
            var here = connections.ConnectionIdsOf(envelope.To);
            if (here.Count == 0)
            {
                return;
            }
            var to = hub.Clients.Clients(here);
            await (envelope.Method switch
            {
                nameof(ILiveClient.QuestionsChanged) => to.QuestionsChanged(Read<QueueDelta>(envelope)),
                nameof(ILiveClient.ContactAdded) => to.ContactAdded(Read<Contact>(envelope)),
                nameof(ILiveClient.ContactRequestChanged) => to.ContactRequestChanged(Read<ContactRequest>(envelope)),
                nameof(ILiveClient.MessageReceived) => to.MessageReceived(Read<DirectMessage>(envelope)),
                _ => throw new InvalidOperationException($"No personal push is called {envelope.Method}."),
            });
        }
        catch (Exception ex)
        {
            // One bad message must not stop the queue: the next push still reaches people.
            LogDeliveryFailed(logger, ex);
        }
    }

    private static T Read<T>(Envelope envelope) =>
        envelope.Payload.Deserialize<T>(Json) ?? throw new InvalidOperationException($"An empty {envelope.Method} push.");

    /// <summary>What travels between nodes: to whom, which push, its payload as the hub would send it.</summary>
    private sealed record Envelope(string To, string Method, JsonElement Payload);

    [LoggerMessage(Level = LogLevel.Error, Message = "A personal push could not be delivered")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception exception);
}
