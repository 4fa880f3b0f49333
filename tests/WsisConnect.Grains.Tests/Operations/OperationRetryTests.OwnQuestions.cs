using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Errors;
using WsisConnect.Grains.Abstractions.Questions;
using Xunit;
using static WsisConnect.Grains.Tests.Infrastructure.ForumScenario;

namespace WsisConnect.Grains.Tests.Operations;

public sealed partial class OperationRetryTests
{
    [Fact]
    public async Task ADeleteRetriedAfterDeactivationIsDoneAndAnotherDeleteFindsNothing()
    {
        var asker = Person("Asker");
        var session = await Grains.PublishAsync(Session(QuestionMode.Open));
        var queue = Grains.GetGrain<IQuestionQueueGrain>(session.Id);
        var question = await queue.AskAsync(asker, "Asked in haste", anonymous: false);
        var operation = Key(asker);

        await As(operation, async () => { await queue.DeleteAsync(asker, question.Id); return true; });
        await fixture.Cluster.DeactivateAsync(queue);
        await As(operation, async () => { await queue.DeleteAsync(asker, question.Id); return true; });
        var fresh = await Assert.ThrowsAsync<ForumException>(() => As(Key(asker), async () => { await queue.DeleteAsync(asker, question.Id); return true; }));

        Assert.Equal(ErrorCodes.QuestionNotFound, fresh.Code);
        Assert.Empty((await queue.GetSnapshotAsync(asker)).Questions);
    }

    [Fact]
    public async Task AnEditRetriedAfterDeactivationReturnsTheEditedQuestionOnce()
    {
        var asker = Person("Asker");
        var session = await Grains.PublishAsync(Session(QuestionMode.Open));
        var queue = Grains.GetGrain<IQuestionQueueGrain>(session.Id);
        var question = await queue.AskAsync(asker, "Asked in haste", anonymous: false);
        var operation = Key(asker);

        var first = await As(operation, () => queue.EditAsync(asker, question.Id, "Asked with care"));
        await fixture.Cluster.DeactivateAsync(queue);
        var retry = await As(operation, () => queue.EditAsync(asker, question.Id, "Asked with care"));

        Assert.Equal((first.Id, first.Text, first.EditedAt), (retry.Id, retry.Text, retry.EditedAt));
    }
}
