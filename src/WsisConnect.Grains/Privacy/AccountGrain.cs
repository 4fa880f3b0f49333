using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Forum;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Leaderboard;
using WsisConnect.Contracts.Networking;
using WsisConnect.Contracts.Polls;
using WsisConnect.Contracts.Prizes;
using WsisConnect.Contracts.Questions;
using WsisConnect.Grains.Abstractions.Agenda;
using WsisConnect.Grains.Abstractions.Badges;
using WsisConnect.Grains.Abstractions.Contacts;
using WsisConnect.Grains.Abstractions.Identity;
using WsisConnect.Grains.Abstractions.Leaderboard;
using WsisConnect.Grains.Abstractions.Messages;
using WsisConnect.Grains.Abstractions.Polls;
using WsisConnect.Grains.Abstractions.Presence;
using WsisConnect.Grains.Abstractions.Privacy;
using WsisConnect.Grains.Abstractions.Prizes;
using WsisConnect.Grains.Abstractions.Profiles;
using WsisConnect.Grains.Abstractions.Questions;
using WsisConnect.Grains.Leaderboard;
using WsisConnect.Grains.Presence;

namespace WsisConnect.Grains.Privacy;

/// <summary>
/// A person's data across every grain that holds some: gathered for download, or erased. Both are rare, so they
/// walk the agenda's sessions rather than keep an index on every hot path (questions asked have one: asking is rare).
/// </summary>
[StatelessWorker]
public sealed class AccountGrain(LeaderboardStore leaderboard, AttendanceTallies attendance, TimeProvider time)
    : Grain, IAccountGrain
{
    public async Task<PersonalData> ExportAsync(Caller caller)
    {
        var id = EnsureSelf(caller);
        var registration = await GrainFactory.GetGrain<IAttendeeGrain>(id).GetProfileAsync()
            ?? throw new ForumException(ErrorCodes.PersonNotFound, "This account is deleted.");
        var profile = await GrainFactory.GetGrain<IProfileGrain>(id).GetAsync(caller);
        var book = await GrainFactory.GetGrain<IContactBookGrain>(id).GetAsync(caller);
        var messages = new List<DirectMessage>();
        foreach (var contact in book.Contacts)
        {
            var conversation = GrainFactory.GetGrain<IConversationGrain>(ContactPairKey.Of(id, contact.AttendeeId).ToGrainKey());
            for (long? before = null; ;)
            {
                var page = await conversation.GetPageAsync(caller, before, 100);
                messages.AddRange(page.Messages);
                if (!page.HasOlder || page.Messages.Length == 0) break;
                before = page.Messages[0].Sequence;
            }
        }
        var questions = await GrainFactory.GetGrain<IQuestionAuthorGrain>(id).ExportAsync(caller);
        var sessions = await GrainFactory.GetGrain<IAgendaGrain>(ForumKeys.Forum).GetSessionsAsync();
        var ballots = new List<PollBallot>();
        var checkIns = new List<string>();
        foreach (var session in sessions)
        {
            ballots.AddRange((await GrainFactory.GetGrain<ISessionPollsGrain>(session.Id).ListAsync(caller))
                .Where(p => p.MyBallot is not null).Select(p => new PollBallot(p.Poll.Id, p.MyBallot!)));
            if ((await GrainFactory.GetGrain<ISessionPresenceGrain>(session.Id).GetAsync(caller)).CheckedIn) checkIns.Add(session.Id);
        }
        var prizes = new List<PrizeChoice>();
        foreach (var category in (await GrainFactory.GetGrain<IPrizesGrain>(ForumKeys.Forum).GetBoardAsync()).Categories)
        {
            if (await GrainFactory.GetGrain<IPrizeCategoryGrain>(category.Id).GetVoteAsync(id) is { } nominee) prizes.Add(new PrizeChoice(category.Id, nominee));
        }
        var standing = await GrainFactory.GetGrain<ILeaderboardGrain>(ForumKeys.Forum).GetAsync(caller);
        return new PersonalData(registration, profile, book, [.. messages.OrderBy(m => m.SentAt)], questions, [.. ballots], [.. prizes],
            [.. checkIns], standing, time.GetUtcNow(), await attendance.ReadCountedAsync(id));
    }

    public async Task DeleteAsync(Caller caller)
    {
        var id = EnsureSelf(caller);
        var book = await GrainFactory.GetGrain<IContactBookGrain>(id).GetAsync(caller);
        var questions = GrainFactory.GetGrain<IQuestionAuthorGrain>(id);
        await questions.AnonymiseAsync();
        var others = book.Contacts.Select(c => c.AttendeeId).Concat(book.Outgoing.Select(r => r.ToId)).Concat(book.Incoming.Select(r => r.FromId)).Distinct();
        foreach (var other in others)
        {
            var pair = ContactPairKey.Of(id, other).ToGrainKey();
            await GrainFactory.GetGrain<IContactBookGrain>(other).ForgetAsync(id);
            await GrainFactory.GetGrain<IConversationGrain>(pair).EraseAsync();
            await GrainFactory.GetGrain<IContactPairGrain>(pair).EraseAsync();
        }
        await GrainFactory.GetGrain<ICheckInsGrain>(id).CheckOutEverywhereAsync(caller);
        await GrainFactory.GetGrain<IContactBookGrain>(id).EraseAsync();
        await GrainFactory.GetGrain<IProfileGrain>(id).EraseAsync();
        await GrainFactory.GetGrain<IBadgeGrain>(id).EraseAsync();
        await leaderboard.ForgetAsync(id);
        // Again at the end: a question whose call was already inside its grain when the person's sign-ins were
        // revoked may have landed after the first pass.
        await questions.AnonymiseAsync();
        await Task.WhenAll(questions.ForgetAsync(), GrainFactory.GetGrain<IInboxGrain>(id).EraseAsync(), GrainFactory.GetGrain<ICheckInsGrain>(id).ForgetAsync());
        // Last: until now the person could still sign in and try again if anything above failed.
        await GrainFactory.GetGrain<IAttendeeGrain>(id).EraseAsync();
    }

    private string EnsureSelf(Caller caller)
    {
        if (caller.AttendeeId != this.GetPrimaryKeyString())
        {
            throw new ForumException(ErrorCodes.Forbidden, "Only the person can download or delete their own data.");
        }
        return caller.AttendeeId;
    }
}
