using System.Collections.Concurrent;
using System.Net;
using WsisConnect.Client.Http;
using WsisConnect.Client.Live;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Networking;
using WsisConnect.Server.Tests.Infrastructure;
using Xunit;

namespace WsisConnect.Server.Tests.Contacts;

/// <summary>Badges, contact requests, blocks and messages through the real server over WebSockets.</summary>
[Collection(ServerCollection.Name)]
public sealed class ContactTests(ForumServerFixture server)
{
    [Fact]
    public async Task ScanningABadgeMakesContactsAtOnceAndTellsBothSidesLive()
    {
        await using var exhibitor = await server.SignInAsync("Exhibitor", Participation.OnSite);
        await using var visitor = await server.SignInAsync("Visitor", Participation.OnSite);
        var toldVisitor = new TaskCompletionSource<Contact>(TaskCreationOptions.RunContinuationsAsynchronously);
        var toldExhibitor = new TaskCompletionSource<Contact>(TaskCreationOptions.RunContinuationsAsynchronously);
        visitor.Live.ContactAdded += c => toldVisitor.TrySetResult(c);
        exhibitor.Live.ContactAdded += c => toldExhibitor.TrySetResult(c);
        var badge = await visitor.Live.GetBadge();

        var scan = await exhibitor.Live.ScanBadge($"https://forum.example/#/scan/{badge.Token}", "Wants a demo of the e-health kit", ["lead", "e-health"]);

        Assert.True(scan.Created);
        Assert.Equal(visitor.Profile.Id, (await toldExhibitor.Task.WaitAsync(Waits.Push)).AttendeeId);
        Assert.Equal(exhibitor.Profile.Id, (await toldVisitor.Task.WaitAsync(Waits.Push)).AttendeeId);
        var mine = Assert.Single((await exhibitor.Live.GetContactBook()).Contacts);
        Assert.Equal(("Wants a demo of the e-health kit", ContactSource.Badge), (mine.Note, mine.Source));
        Assert.Equal(["lead", "e-health"], mine.Tags);
        Assert.Equal("", Assert.Single((await visitor.Live.GetContactBook()).Contacts).Note);

        var again = await exhibitor.Live.ScanBadge(badge.ShortCode.ToLowerInvariant(), null, null);
        Assert.False(again.Created);
        Assert.Single((await exhibitor.Live.GetContactBook()).Contacts);
    }

    [Fact]
    public async Task TwoPeopleScanningEachOtherAtTheSameInstantMakeOneContact()
    {
        await using var a = await server.SignInAsync("A");
        await using var b = await server.SignInAsync("B");
        var badgeA = await a.Live.GetBadge();
        var badgeB = await b.Live.GetBadge();

        var results = await Task.WhenAll(a.Live.ScanBadge(badgeB.Token, null, null), b.Live.ScanBadge(badgeA.Token, null, null));

        Assert.Single(results, r => r.Created);
        Assert.Single((await a.Live.GetContactBook()).Contacts);
        Assert.Single((await b.Live.GetContactBook()).Contacts);
    }

    [Fact]
    public async Task ForgedRotatedMalformedAndOwnBadgesAreRefusedAndNothingIsStored()
    {
        await using var owner = await server.SignInAsync("Owner");
        await using var scanner = await server.SignInAsync("Scanner");
        var old = await owner.Live.GetBadge();
        var rotated = await owner.Live.RotateBadge();
        var forged = $"{owner.Profile.Id}.{rotated.Version}.aaaaaaaaaaaaaaaa";

        foreach (var code in new[] { old.Token, old.ShortCode, forged, "not a badge", "", $"{owner.Profile.Id}.x.y", "ZZZZZZZZ" })
        {
            var error = await Assert.ThrowsAsync<LiveHubException>(() => scanner.Live.ScanBadge(code, null, null));
            Assert.Equal(ErrorCodes.BadgeInvalid, error.Code);
        }
        var own = await Assert.ThrowsAsync<LiveHubException>(() => owner.Live.ScanBadge(rotated.Token, null, null));
        Assert.Equal(ErrorCodes.BadgeOwn, own.Code);
        Assert.Empty((await scanner.Live.GetContactBook()).Contacts);
        Assert.Empty((await owner.Live.GetContactBook()).Contacts);
        Assert.True((await scanner.Live.ScanBadge(rotated.ShortCode, null, null)).Created);
    }

    [Fact]
    public async Task RequestsCanBeAcceptedDeclinedOrIgnoredAndBothSidesSeeItLive()
    {
        await using var remote = await server.SignInAsync("Remote person", Participation.Remote);
        await using var onSite = await server.SignInAsync("On-site person");
        await using var third = await server.SignInAsync("Third");
        var incoming = new TaskCompletionSource<ContactRequest>(TaskCreationOptions.RunContinuationsAsynchronously);
        onSite.Live.ContactRequestChanged += r => { if (r.ToId == onSite.Profile.Id) incoming.TrySetResult(r); };
        var accepted = new TaskCompletionSource<ContactRequest>(TaskCreationOptions.RunContinuationsAsynchronously);
        remote.Live.ContactRequestChanged += r => { if (r.Status == RequestStatus.Accepted) accepted.TrySetResult(r); };

        var request = await remote.Live.SendContactRequest(onSite.Profile.Id, "Loved your talk on community networks");
        Assert.Equal(request.Id, (await incoming.Task.WaitAsync(Waits.Push)).Id);
        Assert.Equal(request.Id, (await remote.Live.SendContactRequest(onSite.Profile.Id, "again")).Id);
        await onSite.Live.RespondToContactRequest(request.Id, RequestStatus.Accepted);

        await accepted.Task.WaitAsync(Waits.Push);
        Assert.Equal(ContactSource.Request, Assert.Single((await remote.Live.GetContactBook()).Contacts).Source);
        var already = await Assert.ThrowsAsync<LiveHubException>(() => remote.Live.SendContactRequest(onSite.Profile.Id, "hi"));
        Assert.Equal(ErrorCodes.AlreadyContact, already.Code);

        var declined = await third.Live.SendContactRequest(onSite.Profile.Id, "Hello");
        await WaitForIncomingAsync(onSite, declined.Id);
        await onSite.Live.RespondToContactRequest(declined.Id, RequestStatus.Declined);
        var missing = await Assert.ThrowsAsync<LiveHubException>(() => onSite.Live.RespondToContactRequest(declined.Id, RequestStatus.Accepted));
        Assert.Equal(ErrorCodes.RequestNotFound, missing.Code);
        Assert.Single((await onSite.Live.GetContactBook()).Contacts);
    }

    [Fact]
    public async Task ABlockedPersonsRequestsAndMessagesAreRefusedSilently()
    {
        await using var pest = await server.SignInAsync("Pest");
        await using var target = await server.SignInAsync("Target");
        var badge = await target.Live.GetBadge();
        await pest.Live.ScanBadge(badge.Token, null, null);
        await WaitForContactsAsync(target, 1);
        var received = new ConcurrentQueue<DirectMessage>();
        target.Live.MessageReceived += received.Enqueue;

        await target.Live.SetBlocked(pest.Profile.Id, blocked: true);
        var sent = await pest.Live.SendMessage(target.Profile.Id, "Are you there?");

        Assert.Equal("Are you there?", sent.Text);
        await Task.Delay(500);
        Assert.Empty(received);
        Assert.Empty((await target.Live.GetMessages(pest.Profile.Id, null, 20)).Messages);
        await using var stranger = await server.SignInAsync("Stranger");
        await target.Live.SetBlocked(stranger.Profile.Id, blocked: true);
        await stranger.Live.SendContactRequest(target.Profile.Id, "Hi!");
        await Task.Delay(500);
        Assert.Empty((await target.Live.GetContactBook()).Incoming);
        var toBlocked = await Assert.ThrowsAsync<LiveHubException>(() => target.Live.SendContactRequest(stranger.Profile.Id, "Sorry"));
        Assert.Equal(ErrorCodes.ContactBlocked, toBlocked.Code);
    }

    [Fact]
    public async Task ContactsMessageLiveWithPagingAndUnreadCounts()
    {
        await using var a = await server.SignInAsync("Amina");
        await using var b = await server.SignInAsync("Bruno");
        await using var stranger = await server.SignInAsync("Stranger");
        await a.Live.ScanBadge((await b.Live.GetBadge()).Token, null, null);
        await WaitForContactsAsync(b, 1);
        var delivered = new ConcurrentQueue<DirectMessage>();
        b.Live.MessageReceived += delivered.Enqueue;

        for (var i = 1; i <= 25; i++)
        {
            await a.Live.SendMessage(b.Profile.Id, $"Message {i}");
        }

        await Waits.UntilAsync(() => Task.FromResult(delivered.Count == 25), "all 25 messages delivered");
        var newest = await b.Live.GetMessages(a.Profile.Id, null, 10);
        Assert.Equal(Enumerable.Range(16, 10).Select(i => $"Message {i}"), newest.Messages.Select(m => m.Text));
        Assert.True(newest.HasOlder);
        Assert.Equal(25, newest.Unread);
        Assert.Equal(25, (await b.Api.GetUnreadAsync())[a.Profile.Id]);
        var older = await b.Live.GetMessages(a.Profile.Id, newest.Messages[0].Sequence, 10);
        Assert.Equal("Message 6", older.Messages[0].Text);
        Assert.Equal(5, await b.Live.MarkMessagesRead(a.Profile.Id, 20));
        Assert.Equal(0, await b.Live.MarkMessagesRead(a.Profile.Id, 25));

        var tooLong = await Assert.ThrowsAsync<LiveHubException>(() => a.Live.SendMessage(b.Profile.Id, new string('m', 2001)));
        var notContact = await Assert.ThrowsAsync<LiveHubException>(() => stranger.Live.SendMessage(b.Profile.Id, "Hello"));
        Assert.Equal(ErrorCodes.MessageInvalid, tooLong.Code);
        Assert.Equal(ErrorCodes.NotAContact, notContact.Code);
        // A conversation is keyed by the caller and the other person: a stranger only ever reaches their own.
        Assert.Empty((await stranger.Live.GetMessages(b.Profile.Id, null, 10)).Messages);
        Assert.Empty((await stranger.Live.GetMessages(a.Profile.Id, null, 10)).Messages);
        Assert.Equal(25, (await a.Live.GetMessages(b.Profile.Id, null, 100)).Messages.Length);
    }

    [Fact]
    public async Task RequestsBeyondTheHourlyLimitAreRefusedAndNotSent()
    {
        await using var eager = await server.SignInAsync("Eager networker");
        var targets = new List<string>();
        for (var i = 0; i <= NetworkingLimits.RequestsPerHour; i++)
        {
            targets.Add((await server.RegisterPersonAsync($"Target {i}")).Profile.Id);
        }
        foreach (var target in targets.Take(NetworkingLimits.RequestsPerHour))
        {
            await eager.Live.SendContactRequest(target, "Hello");
        }

        var error = await Assert.ThrowsAsync<LiveHubException>(() => eager.Live.SendContactRequest(targets[^1], "One too many"));

        Assert.Equal(ErrorCodes.RequestRateLimited, error.Code);
        var outgoing = (await eager.Live.GetContactBook()).Outgoing;
        Assert.Equal(NetworkingLimits.RequestsPerHour, outgoing.Length);
        Assert.DoesNotContain(outgoing, r => r.ToId == targets[^1]);
    }

    [Fact]
    public async Task MessagesBeyondTheSendersLimitGetATypedRefusalAndAreNotStored()
    {
        await using var chatty = await server.SignInAsync("Chatty");
        await using var friend = await server.SignInAsync("Friend");
        await chatty.Live.ScanBadge((await friend.Live.GetBadge()).Token, null, null);
        for (var i = 0; i < 30; i++)
        {
            await chatty.Live.SendMessage(friend.Profile.Id, $"Message {i}");
        }

        var error = await Assert.ThrowsAsync<LiveHubException>(() => chatty.Live.SendMessage(friend.Profile.Id, "Message 30"));

        Assert.Equal(ErrorCodes.MessageRateLimited, error.Code);
        var stored = await friend.Live.GetMessages(chatty.Profile.Id, null, 100);
        Assert.Equal(30, stored.Messages.Length);
        Assert.DoesNotContain(stored.Messages, m => m.Text == "Message 30");
    }

    private static Task WaitForContactsAsync(Participant who, int count) =>
        Waits.UntilAsync(async () => (await who.Live.GetContactBook()).Contacts.Length >= count, $"{who.Profile.Name} has {count} contacts");

    private static Task WaitForIncomingAsync(Participant who, string requestId) =>
        Waits.UntilAsync(async () => (await who.Live.GetContactBook()).Incoming.Any(r => r.Id == requestId), $"request {requestId} reaches {who.Profile.Name}");
}
