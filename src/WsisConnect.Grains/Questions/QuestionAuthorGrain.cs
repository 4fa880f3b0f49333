using Microsoft.Extensions.Options;
using StackExchange.Redis;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Questions;
using WsisConnect.Grains.Abstractions.Identity;
using WsisConnect.Grains.Abstractions.Questions;
using WsisConnect.Grains.Storage;

namespace WsisConnect.Grains.Questions;

/// <summary>
/// One person's questions across sessions, found through the set of sessions they asked in (kept by
/// <see cref="QuestionStore.RememberAskerAsync"/>: asking is rare, so the index costs nothing on a hot path).
/// </summary>
[StatelessWorker]
public sealed class QuestionAuthorGrain(IConnectionMultiplexer redis, IOptions<StoreOptions> store) : Grain, IQuestionAuthorGrain
{
    private RedisKey Asked => QuestionStore.AskedKey(store.Value.KeyPrefix, this.GetPrimaryKeyString());

    public async Task<QuestionView[]> ExportAsync(Caller caller)
    {
        if (caller.AttendeeId != this.GetPrimaryKeyString())
        {
            throw new ForumException(ErrorCodes.Forbidden, "Only the person can download their own questions.");
        }
        var questions = new List<QuestionView>();
        foreach (var session in await SessionsAsync())
        {
            var snapshot = await GrainFactory.GetGrain<IQuestionQueueGrain>(session).GetSnapshotAsync(caller);
            questions.AddRange(snapshot.Questions.Where(q => snapshot.MyQuestions.Contains(q.Id)));
        }
        return [.. questions];
    }

    public async Task AnonymiseAsync()
    {
        foreach (var session in await SessionsAsync())
        {
            await GrainFactory.GetGrain<IQuestionQueueGrain>(session).AnonymiseAuthorAsync(this.GetPrimaryKeyString());
        }
    }

    public Task ForgetAsync() => redis.GetDatabase().KeyDeleteAsync(Asked);

    private async Task<string[]> SessionsAsync() => [.. (await redis.GetDatabase().SetMembersAsync(Asked)).Select(s => (string)s!)];
}
