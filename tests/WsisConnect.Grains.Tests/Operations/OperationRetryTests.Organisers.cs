using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Forum;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Operations;
using WsisConnect.Contracts.Questions;
using WsisConnect.Grains.Abstractions.Agenda;
using WsisConnect.Grains.Abstractions.Forum;
using Xunit;
using static WsisConnect.Grains.Tests.Infrastructure.ForumScenario;

namespace WsisConnect.Grains.Tests.Operations;

/// <summary>
/// The organisers' writes retried with the same operation after the grain was deactivated in between: the agenda and
/// the forum's setup recognise the retry from what they stored, apply nothing twice, and judge another operation afresh.
/// </summary>
public sealed partial class OperationRetryTests
{
    [Fact]
    public async Task ASessionCreatedAgainWithTheSameOperationIsCreatedOnceWhateverIdTheRetryChose()
    {
        var organiser = Organiser();
        var agenda = Grains.GetGrain<IAgendaGrain>(ForumKeys.Forum);
        var operation = Key(organiser);
        var first = Session(QuestionMode.Open) with { Title = "Created once " + Guid.NewGuid().ToString("N")[..8] };

        var created = await As(operation, () => agenda.SaveSessionAsync(organiser, first, create: true));
        await fixture.Cluster.DeactivateAsync(agenda);
        // The endpoint makes up a new id for every attempt: the retry's is another.
        var retried = await As(operation, () => agenda.SaveSessionAsync(organiser, Session(QuestionMode.Open), create: true));

        Assert.Equal(created.Id, retried.Id);
        Assert.Single(await agenda.GetSessionsAsync(), s => s.Title == first.Title);
        await agenda.RemoveSessionAsync(organiser, created.Id);
        var gone = await Assert.ThrowsAsync<ForumException>(() => As(operation, () => agenda.SaveSessionAsync(organiser, Session(QuestionMode.Open), create: true)));
        Assert.Equal(ErrorCodes.SessionNotFound, gone.Code);
    }

    [Fact]
    public async Task RoomAndSessionChangesRetriedWithTheirOperationAreNotRefusedAsAlreadyDone()
    {
        var organiser = Organiser();
        var agenda = Grains.GetGrain<IAgendaGrain>(ForumKeys.Forum);
        var room = "Room " + Guid.NewGuid().ToString("N")[..8];
        var renamed = room + " bis";
        var session = await agenda.SaveSessionAsync(organiser, Session(QuestionMode.Open), create: true);
        var (add, rename, remove, removeSession) = (Key(organiser), Key(organiser), Key(organiser), Key(organiser));

        foreach (var (operation, change) in new (string, Func<Task>)[]
        {
            (add, () => agenda.AddRoomAsync(organiser, room)),
            (rename, () => agenda.RenameRoomAsync(organiser, room, renamed)),
            (remove, () => agenda.RemoveRoomAsync(organiser, renamed)),
            (removeSession, () => agenda.RemoveSessionAsync(organiser, session.Id)),
        })
        {
            await As(operation, async () => { await change(); return true; });
            await fixture.Cluster.DeactivateAsync(agenda);
            await As(operation, async () => { await change(); return true; });
        }

        var snapshot = await agenda.GetSnapshotAsync();
        Assert.DoesNotContain(snapshot.Rooms, r => r == room || r == renamed);
        Assert.DoesNotContain(snapshot.Sessions, s => s.Id == session.Id);
        // Without its operation, the same change is judged afresh.
        var refused = await Assert.ThrowsAsync<ForumException>(() => agenda.RemoveRoomAsync(organiser, renamed));
        Assert.Equal(ErrorCodes.RoomNotFound, refused.Code);
    }

    [Fact]
    public async Task TheSetupCodeAnswersTheRetryOfTheOperationThatUsedItAndNothingElse()
    {
        var forum = Grains.GetGrain<IForumGrain>(ForumKeys.Forum);
        var code = AccessCode.ToGrainKey(AccessCode.Generate());
        var other = AccessCode.ToGrainKey(AccessCode.Generate());
        await forum.AddSetupCodeAsync(code);
        await forum.AddSetupCodeAsync(other);
        var operation = OperationKeys.For("anonymous", Guid.NewGuid().ToString("N"));

        Assert.True(await As(operation, () => forum.UseSetupCodeAsync(code)));
        await fixture.Cluster.DeactivateAsync(forum);

        Assert.True(await As(operation, () => forum.UseSetupCodeAsync(code)));
        Assert.False(await As(operation, () => forum.UseSetupCodeAsync(other)));
        Assert.False(await As(OperationKeys.For("anonymous", Guid.NewGuid().ToString("N")), () => forum.UseSetupCodeAsync(code)));
        Assert.False(await forum.UseSetupCodeAsync(code));
        Assert.True(await forum.HasOrganiserAsync());
    }
}
