using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Networking;
using WsisConnect.Contracts.Operations;
using WsisConnect.Contracts.Polls;
using WsisConnect.Contracts.Questions;
using WsisConnect.Grains.Abstractions.Badges;
using WsisConnect.Grains.Abstractions.Contacts;
using WsisConnect.Grains.Abstractions.Identity;
using WsisConnect.Grains.Abstractions.Messages;
using WsisConnect.Grains.Abstractions.Polls;
using WsisConnect.Grains.Abstractions.Presence;
using WsisConnect.Grains.Abstractions.Questions;
using WsisConnect.Grains.Operations;
using WsisConnect.Grains.Tests.Infrastructure;
using Xunit;
using static WsisConnect.Grains.Tests.Infrastructure.ForumScenario;

namespace WsisConnect.Grains.Tests.Operations;

/// <summary>
/// A retry that reaches the grains, through any node and after the grain was deactivated in between (its node died),
/// returns the first outcome and never applies twice. The server's own cache of recent outcomes is not in play here:
/// these calls go straight to the grains, as a retry through another node does.
/// </summary>
public sealed partial class OperationRetryTests(GarnetClusterFixture fixture) : IClassFixture<GarnetClusterFixture>
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task AQuestionAskedAgainWithTheSameOperationIsStoredOnce()
    {
        var asker = Person("Asker");
        var session = await Grains.PublishAsync(Session(QuestionMode.Open));
        var queue = Grains.GetGrain<IQuestionQueueGrain>(session.Id);
        var operation = Key(asker);

        var first = await As(operation, () => queue.AskAsync(asker, "What comes after WSIS+20?", anonymous: false));
        await fixture.Cluster.DeactivateAsync(queue);
        var retry = await As(operation, () => queue.AskAsync(asker, "What comes after WSIS+20?", anonymous: false));
        var other = await As(Key(asker), () => queue.AskAsync(asker, "And who funds it?", anonymous: false));

        Assert.Equal(first.Id, retry.Id);
        Assert.NotEqual(first.Id, other.Id);
        Assert.Equal(2, (await queue.GetSnapshotAsync(asker)).Questions.Count);
    }

    [Fact]
    public async Task AnUpvoteRetriedAfterItLandedIsTheSameUpvoteAndWithoutAnOperationASecondIsRefused()
    {
        var asker = Person("Asker");
        var voter = Person("Voter");
        var session = await Grains.PublishAsync(Session(QuestionMode.Open));
        var queue = Grains.GetGrain<IQuestionQueueGrain>(session.Id);
        var question = await queue.AskAsync(asker, "Open data by default?", anonymous: false);
        var operation = Key(voter);

        await As(operation, () => queue.UpvoteAsync(voter, question.Id));
        await fixture.Cluster.DeactivateAsync(queue);
        var retried = await As(operation, () => queue.UpvoteAsync(voter, question.Id));

        Assert.True(retried.Upvoted);
        Assert.Equal(1, retried.Upvotes);
        var refusal = await Assert.ThrowsAsync<ForumException>(() => queue.UpvoteAsync(voter, question.Id));
        Assert.Equal(ErrorCodes.AlreadyUpvoted, refusal.Code);
    }

    [Fact]
    public async Task AVoteRetriedWithAnotherBallotReturnsTheFirstReceiptAndCountsOnce()
    {
        var moderator = Person("Mei");
        var voter = Person("Voter");
        var session = await Grains.PublishAsync(Session(QuestionMode.Open, moderator));
        var created = await Grains.GetGrain<ISessionPollsGrain>(session.Id).CreateAsync(moderator, new PollDraft("Priority?", PollKind.SingleChoice, ["a", "b"], AllowChange: false));
        var poll = Grains.GetGrain<IPollGrain>(created.Id);
        await poll.OpenAsync(moderator);
        var partition = Grains.GetGrain<IPollPartitionGrain>(PollPartitionKey.For(created.Id, voter.AttendeeId).ToGrainKey());
        var operation = Key(voter);

        var first = await As(operation, () => partition.VoteAsync(voter, new Ballot([0])));
        await fixture.Cluster.DeactivateAsync(partition);
        var retry = await As(operation, () => partition.VoteAsync(voter, new Ballot([1])));

        Assert.Equal(first.Ballot.Options, retry.Ballot.Options);
        Assert.False(retry.Replaced);
        var results = (await poll.GetAsync(moderator)).Results!;
        Assert.Equal(1, results.Voters);
        Assert.Equal([1, 0], results.Options.Select(o => o.OnSite + o.Remote));
        // Without the operation, the poll's own rule applies: no second vote.
        var refusal = await Assert.ThrowsAsync<ForumException>(() => partition.VoteAsync(voter, new Ballot([1])));
        Assert.Equal(ErrorCodes.PollAlreadyVoted, refusal.Code);
    }

    [Fact]
    public async Task APollCreatedAgainWithTheSameOperationExistsOnceAndOpeningTwiceIsNoRefusal()
    {
        var moderator = Person("Mei");
        var session = await Grains.PublishAsync(Session(QuestionMode.Open, moderator));
        var polls = Grains.GetGrain<ISessionPollsGrain>(session.Id);
        var operation = Key(moderator);
        var draft = new PollDraft("Which action line first?", PollKind.SingleChoice, ["C1", "C2"]);

        var first = await As(operation, () => polls.CreateAsync(moderator, draft));
        await fixture.Cluster.DeactivateAsync(polls);
        var retry = await As(operation, () => polls.CreateAsync(moderator, draft));
        Assert.Equal(first.Id, retry.Id);
        Assert.Single(await polls.ListAsync(moderator));

        var poll = Grains.GetGrain<IPollGrain>(first.Id);
        var open = Key(moderator);
        var opened = await As(open, () => poll.OpenAsync(moderator));
        var reopened = await As(open, () => poll.OpenAsync(moderator));
        Assert.Equal(opened.OpenedAt, reopened.OpenedAt);
        var refusal = await Assert.ThrowsAsync<ForumException>(() => poll.OpenAsync(moderator));
        Assert.Equal(ErrorCodes.PollInvalidTransition, refusal.Code);
    }

    [Fact]
    public async Task AMessageAndABadgeRotationRetriedAfterTheyLandedHappenOnce()
    {
        var a = await Grains.RegisteredAsync("A");
        var b = await Grains.RegisteredAsync("B");
        var pairKey = ContactPairKey.Of(a.AttendeeId, b.AttendeeId).ToGrainKey();
        await Grains.GetGrain<IContactPairGrain>(pairKey).ConnectAsync(new ContactParty(a.AttendeeId, "A"), new ContactParty(b.AttendeeId, "B"), ContactSource.Badge);
        var conversation = Grains.GetGrain<IConversationGrain>(pairKey);
        var send = Key(a);

        var first = await As(send, () => conversation.SendAsync(a, "See you at the knowledge café?"));
        await fixture.Cluster.DeactivateAsync(conversation);
        var retry = await As(send, () => conversation.SendAsync(a, "See you at the knowledge café?"));
        Assert.Equal(first.Sequence, retry.Sequence);
        Assert.Single((await conversation.GetPageAsync(b, null, 50)).Messages);

        var badge = Grains.GetGrain<IBadgeGrain>(a.AttendeeId);
        await badge.GetAsync(a);
        var rotate = Key(a);
        var rotated = await As(rotate, () => badge.RotateAsync(a));
        await fixture.Cluster.DeactivateAsync(badge);
        var again = await As(rotate, () => badge.RotateAsync(a));
        Assert.Equal(rotated, again);
        Assert.Equal(rotated.Version, await badge.GetCurrentVersionAsync());
    }

    [Fact]
    public async Task ResultAndPresenceVersionsKeepGrowingAcrossReactivation()
    {
        var moderator = Person("Mei");
        var session = await Grains.PublishAsync(Session(QuestionMode.Open, moderator));
        var created = await Grains.GetGrain<ISessionPollsGrain>(session.Id).CreateAsync(moderator, new PollDraft("Go?", PollKind.SingleChoice, ["yes", "no"]));
        var poll = Grains.GetGrain<IPollGrain>(created.Id);
        await poll.OpenAsync(moderator);
        var voters = Enumerable.Range(0, 12).Select(i => Person($"V{i}")).ToList();
        await Task.WhenAll(voters.Select(v => Grains.GetGrain<IPollPartitionGrain>(PollPartitionKey.For(created.Id, v.AttendeeId).ToGrainKey()).VoteAsync(v, new Ballot([0]))));
        var before = (await poll.GetAsync(moderator)).Results!;

        // Every grain of the poll goes, as when their node dies; the next reading must not go backwards.
        await fixture.Cluster.DeactivateAsync(poll);
        for (var i = 0; i < PollLimits.Shards; i++)
        {
            await fixture.Cluster.DeactivateAsync(Grains.GetGrain<IPollPartitionGrain>(new PollPartitionKey(created.Id, i).ToGrainKey()));
        }
        var after = (await poll.GetAsync(moderator)).Results!;
        Assert.True(after.Version > before.Version, $"{after.Version} <= {before.Version}");
        Assert.Equal(before.Voters, after.Voters);

        var presence = Grains.GetGrain<ISessionPresenceGrain>(session.Id);
        var here = await presence.CheckInAsync(voters[0], visible: false);
        await fixture.Cluster.DeactivateAsync(presence);
        var later = await presence.CheckInAsync(voters[1], visible: false);
        Assert.True(later.Version > here.Version, $"{later.Version} <= {here.Version}");
    }

    private static string Key(Caller caller) => OperationKeys.For(caller.AttendeeId, Guid.NewGuid().ToString("N"));

    private static Task<T> As<T>(string operation, Func<Task<T>> call) => CurrentOperation.RunAsync(operation, call).WaitAsync(Bound);
}
