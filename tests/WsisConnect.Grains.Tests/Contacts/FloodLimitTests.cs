using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Networking;
using WsisConnect.Grains.Abstractions.Contacts;
using WsisConnect.Grains.Abstractions.Identity;
using WsisConnect.Grains.Abstractions.Messages;
using WsisConnect.Grains.Tests.Infrastructure;
using Xunit;

namespace WsisConnect.Grains.Tests.Contacts;

/// <summary>
/// The limits that keep one person from flooding others with messages, and many accounts from flooding one person
/// with contact requests (defaults: 30 messages a minute per sender, 30 requests an hour per recipient).
/// </summary>
public sealed class FloodLimitTests(GarnetClusterFixture fixture) : IClassFixture<GarnetClusterFixture>
{
    private IGrainFactory Grains => fixture.Grains;

    private IContactBookGrain Book(Caller person) => Grains.GetGrain<IContactBookGrain>(person.AttendeeId);

    private IConversationGrain Conversation(Caller a, Caller b) =>
        Grains.GetGrain<IConversationGrain>(ContactPairKey.Of(a.AttendeeId, b.AttendeeId).ToGrainKey());

    private async Task ConnectAsync(Caller a, Caller b) =>
        await Grains.GetGrain<IContactPairGrain>(ContactPairKey.Of(a.AttendeeId, b.AttendeeId).ToGrainKey())
            .ConnectAsync(new ContactParty(a.AttendeeId, a.Name), new ContactParty(b.AttendeeId, b.Name), ContactSource.Badge);

    [Fact]
    public async Task RequestsFromManyStrangersBeyondTheRecipientsLimitAreRefusedAndLeaveNothingOnEitherSide()
    {
        var victim = await Grains.RegisteredAsync("Popular Speaker");
        var senders = new List<Caller>();
        for (var i = 0; i < 31; i++)
        {
            senders.Add(await Grains.RegisteredAsync($"Throwaway {i}"));
        }

        foreach (var sender in senders.Take(30))
        {
            await Book(sender).SendRequestAsync(sender, victim.AttendeeId, "Hello");
        }
        var refused = await Assert.ThrowsAsync<ForumException>(() => Book(senders[30]).SendRequestAsync(senders[30], victim.AttendeeId, "Hello"));

        Assert.Equal(ErrorCodes.RecipientRateLimited, refused.Code);
        await fixture.Cluster.DeactivateAsync(Book(victim));
        await fixture.Cluster.DeactivateAsync(Book(senders[30]));
        var incoming = (await Book(victim).GetAsync(victim)).Incoming;
        Assert.Equal(30, incoming.Length);
        Assert.DoesNotContain(incoming, r => r.FromId == senders[30].AttendeeId);
        Assert.Empty((await Book(senders[30]).GetAsync(senders[30])).Outgoing);
    }

    [Fact]
    public async Task MessagesBeyondTheSendersLimitAreRefusedInEveryConversationOfTheirsAndNotStored()
    {
        var sender = await Grains.RegisteredAsync("Chatty");
        var first = await Grains.RegisteredAsync("First Contact");
        var second = await Grains.RegisteredAsync("Second Contact");
        await ConnectAsync(sender, first);
        await ConnectAsync(sender, second);

        for (var i = 0; i < 20; i++)
        {
            await Conversation(sender, first).SendAsync(sender, $"Message {i}");
        }
        for (var i = 20; i < 30; i++)
        {
            await Conversation(sender, second).SendAsync(sender, $"Message {i}");
        }
        var toFirst = await Assert.ThrowsAsync<ForumException>(() => Conversation(sender, first).SendAsync(sender, new string('x', 2000)));
        var toSecond = await Assert.ThrowsAsync<ForumException>(() => Conversation(sender, second).SendAsync(sender, "One more"));
        await Conversation(sender, first).SendAsync(first, "The other side may still answer");

        Assert.Equal((ErrorCodes.MessageRateLimited, ErrorCodes.MessageRateLimited), (toFirst.Code, toSecond.Code));
        var withFirst = await Conversation(sender, first).GetPageAsync(first, null, 100);
        Assert.Equal(20, withFirst.Messages.Count(m => m.FromId == sender.AttendeeId));
        Assert.Equal("The other side may still answer", withFirst.Messages[^1].Text);
        Assert.Equal(10, (await Conversation(sender, second).GetPageAsync(second, null, 100)).Messages.Length);
    }
}
