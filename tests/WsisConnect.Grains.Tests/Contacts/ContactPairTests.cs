using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Networking;
using WsisConnect.Grains.Abstractions.Contacts;
using WsisConnect.Grains.Abstractions.Identity;
using WsisConnect.Grains.Tests.Infrastructure;
using Xunit;
using static WsisConnect.Grains.Tests.Infrastructure.ForumScenario;

namespace WsisConnect.Grains.Tests.Contacts;

/// <summary>The contact pair's rules in a TestingHost cluster on the embedded Garnet: one contact however the two meet at once.</summary>
public sealed class ContactPairTests(GarnetClusterFixture fixture) : IClassFixture<GarnetClusterFixture>
{
    private IGrainFactory Grains => fixture.Grains;

    private Task<Caller> RegisteredAsync(string name) => Grains.RegisteredAsync(name);

    [Fact]
    public async Task ManySimultaneousConnectsOfOnePairMakeExactlyOneContact()
    {
        var a = await RegisteredAsync("A");
        var b = await RegisteredAsync("B");
        var pair = Grains.GetGrain<IContactPairGrain>(ContactPairKey.Of(a.AttendeeId, b.AttendeeId).ToGrainKey());

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => i % 2 == 0
            ? pair.ConnectAsync(new ContactParty(a.AttendeeId, "A"), new ContactParty(b.AttendeeId, "B"), ContactSource.Badge)
            : pair.ConnectAsync(new ContactParty(b.AttendeeId, "B"), new ContactParty(a.AttendeeId, "A"), ContactSource.Badge)));

        Assert.Single(results, r => r.Created);
        Assert.Single((await Grains.GetGrain<IContactBookGrain>(a.AttendeeId).GetAsync(a)).Contacts);
        Assert.Single((await Grains.GetGrain<IContactBookGrain>(b.AttendeeId).GetAsync(b)).Contacts);
    }

    [Fact]
    public async Task TwoPeopleRequestingEachOtherAtOnceBecomeContactsWithoutDeadlock()
    {
        var a = await RegisteredAsync("A");
        var b = await RegisteredAsync("B");

        await Task.WhenAll(
            Grains.GetGrain<IContactBookGrain>(a.AttendeeId).SendRequestAsync(a, b.AttendeeId, "Hi B"),
            Grains.GetGrain<IContactBookGrain>(b.AttendeeId).SendRequestAsync(b, a.AttendeeId, "Hi A")).WaitAsync(TimeSpan.FromSeconds(20));

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while ((await Grains.GetGrain<IContactBookGrain>(a.AttendeeId).GetAsync(a)).Contacts.Length == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "Mutual requests never connected the two.");
            await Task.Delay(50);
        }
        Assert.True(await Grains.GetGrain<IContactPairGrain>(ContactPairKey.Of(a.AttendeeId, b.AttendeeId).ToGrainKey()).AreContactsAsync());
        Assert.Single((await Grains.GetGrain<IContactBookGrain>(b.AttendeeId).GetAsync(b)).Contacts);
    }
}
