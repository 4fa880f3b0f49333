using System.Diagnostics;
using WsisConnect.Client.Http;
using WsisConnect.Client.Live;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Networking;
using WsisConnect.Contracts.Polls;
using WsisConnect.Contracts.Questions;
using WsisConnect.Testing;
using Xunit;
using Xunit.Abstractions;

namespace WsisConnect.Server.Tests.Cluster;

/// <summary>
/// What the server acknowledged survives a hard kill: ask, vote and moderate through the real server on its
/// embedded Garnet, SIGKILL the process right after the last acknowledgement, start it again on the same data
/// folder and read everything back.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class HardKillDurabilityTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task EverythingAcknowledgedIsThereAfterAHardKillAndRestart()
    {
        var options = new ServerProcessOptions { DataDirectory = _data.Path, DemoEnabled = true, ServiceId = "durability" };
        var clock = Stopwatch.StartNew();
        var server = await ServerProcess.StartAsync(options, TimeSpan.FromSeconds(120));
        output.WriteLine($"cold start with demo load: {clock.Elapsed.TotalSeconds:0.0} s");
        Dictionary<string, QuestionQueueSnapshot> before;
        string registeredCode, remoteToken, onSiteToken, pollId, prizeCategory, prizeNominee;
        try
        {
            await using var remote = await SignedIn.OnAsync(server, server, DemoPeople.Remote);
            await using var onSite = await SignedIn.OnAsync(server, server, DemoPeople.OnSite);
            await using var moderator = await SignedIn.OnAsync(server, server, DemoPeople.Moderator);
            remoteToken = remote.Token;
            onSiteToken = onSite.Token;
            var registered = await new ForumApiClient(new HttpClient { BaseAddress = server.BaseAddress })
                .RegisterAsync("Nadia Haddad", "Digital Skills Lab", "JO", StakeholderType.CivilSociety, "ar");
            registeredCode = registered.Code;

            var open = DemoPeople.OpenSession;
            var preModerated = DemoPeople.PreModeratedSession;
            var q1 = await remote.Live.AskQuestion(open, "How do we keep older persons online?", anonymous: false);
            var q2 = await onSite.Live.AskQuestion(open, "Is there funding for community networks?", anonymous: true);
            var q3 = await remote.Live.AskQuestion(open, "Slightly off topic question", anonymous: false);
            var pending = await onSite.Live.AskQuestion(preModerated, "Pending until a moderator looks", anonymous: false);
            var approved = await remote.Live.AskQuestion(preModerated, "Approve and pin me", anonymous: false);
            await moderator.Live.Moderate(preModerated, approved.Id, ModerationAction.Approve);
            await moderator.Live.Moderate(preModerated, approved.Id, ModerationAction.Pin);
            await moderator.Live.Moderate(open, q3.Id, ModerationAction.Dismiss);
            await moderator.Live.Moderate(open, q2.Id, ModerationAction.MarkAnswered);
            await onSite.Live.Upvote(open, q1.Id);
            await moderator.Live.Upvote(open, q1.Id);
            await moderator.Live.WithdrawUpvote(open, q1.Id);
            await onSite.Live.Upvote(preModerated, approved.Id);
            _ = pending;

            before = new()
            {
                [open] = await moderator.Api.GetQuestionsAsync(open),
                [preModerated] = await moderator.Api.GetQuestionsAsync(preModerated),
            };
            var poll = await moderator.Live.CreatePoll(open, new PollDraft("Keep the vote?", PollKind.SingleChoice, ["yes", "no"]));
            pollId = poll.Id;
            await moderator.Live.OpenPoll(poll.Id);
            await remote.Live.Vote(poll.Id, new Ballot([1]));
            var board = await onSite.Api.GetPrizesAsync();
            prizeCategory = board.Categories[0].Id;
            prizeNominee = board.Categories[0].Nominees[3].Id;
            await onSite.Api.VotePrizeAsync(prizeCategory, prizeNominee);
            // Networking: a badge scan with a lead note, a request sent and accepted, and messages both ways.
            await remote.Live.ScanBadge((await moderator.Live.GetBadge()).Token, "Follow up on the multilingual toolkit", ["toolkit"]);
            await using var newcomer = await LiveConnection.ConnectAsync(server.BaseAddress, registered.Token);
            var request = await onSite.Live.SendContactRequest(registered.Profile.Id, "Let us talk about digital skills");
            await newcomer.RespondToContactRequest(request.Id, RequestStatus.Accepted);
            await remote.Live.SendMessage(moderator.AttendeeId, "Thanks for moderating!");
            await moderator.Live.SendMessage(remote.AttendeeId, "You are welcome.");
            // Given again after being withdrawn above (the asker may not upvote their own question).
            await moderator.Live.Upvote(open, q1.Id);
            // The last acknowledged write, a poll vote through the batched hot path: the process dies right
            // after its acknowledgement, without a graceful stop.
            await onSite.Live.Vote(poll.Id, new Ballot([0]));
            server.KillHard();
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }

        // Same ports and data folder, as a supervisor restarting the service would.
        clock.Restart();
        await using var restarted = server;
        restarted.Start();
        await restarted.WaitUntilReadyAsync(TimeSpan.FromSeconds(120));
        output.WriteLine($"restart on the same data after SIGKILL: {clock.Elapsed.TotalSeconds:0.0} s");

        var api = new ForumApiClient(new HttpClient { BaseAddress = restarted.BaseAddress }) { Token = remoteToken };
        Assert.Equal("Lucas Pereira", (await api.GetMeAsync()).Name);
        await new ForumApiClient(new HttpClient { BaseAddress = restarted.BaseAddress }).SignInAsync(registeredCode);
        var moderatorAfter = new ForumApiClient(new HttpClient { BaseAddress = restarted.BaseAddress });
        await moderatorAfter.SignInAsync(DemoPeople.Moderator);
        foreach (var (session, snapshot) in before)
        {
            var after = await moderatorAfter.GetQuestionsAsync(session);
            var expected = snapshot.Questions.Select(Stored).ToList();
            if (session == DemoPeople.OpenSession)
            {
                // The upvote acknowledged just before the kill.
                expected = [.. expected.Select(q => q.Id == 1 ? q with { Upvotes = q.Upvotes + 1 } : q)];
            }
            Assert.Equal(expected, after.Questions.Select(Stored));
        }
        var pollAfter = await moderatorAfter.GetPollAsync(pollId);
        Assert.Equal([(1, 0), (0, 1)], pollAfter.Results!.Options.Select(o => (o.OnSite, o.Remote)));
        var onSiteAfter = new ForumApiClient(new HttpClient { BaseAddress = restarted.BaseAddress }) { Token = onSiteToken };
        Assert.Equal(prizeNominee, (await onSiteAfter.GetPrizesAsync()).MyVotes[prizeCategory]);
        var remoteContacts = await api.GetMyContactsAsync();
        var lead = Assert.Single(remoteContacts.Contacts);
        Assert.Equal(("Mei Lin", "Follow up on the multilingual toolkit", ContactSource.Badge), (lead.Name, lead.Note, lead.Source));
        Assert.Contains((await onSiteAfter.GetMyContactsAsync()).Contacts, c => c.Name == "Nadia Haddad" && c.Source == ContactSource.Request);
        await using var remoteLive = await LiveConnection.ConnectAsync(restarted.BaseAddress, remoteToken);
        var conversation = await remoteLive.GetMessages(lead.AttendeeId, null, 10);
        Assert.Equal(["Thanks for moderating!", "You are welcome."], conversation.Messages.Select(m => m.Text));
    }

    private static (int Id, string Text, QuestionStatus Status, bool Pinned, int Upvotes, Participation Origin, string? Author) Stored(QuestionView q) =>
        (q.Id, q.Text, q.Status, q.Pinned, q.Upvotes, q.Origin, q.AuthorName);
}
