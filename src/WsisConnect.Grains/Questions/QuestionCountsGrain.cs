using WsisConnect.Contracts.Questions;
using WsisConnect.Grains.Abstractions.Questions;

namespace WsisConnect.Grains.Questions;

/// <summary>
/// Counts questions straight from <see cref="QuestionStore"/>, the Questions feature's own keys; holds nothing. A question
/// its asker deleted is not counted: the outcome report's figures then agree with its list of questions, which has none.
/// </summary>
[StatelessWorker]
public sealed class QuestionCountsGrain(QuestionStore store) : Grain, IQuestionCountsGrain
{
    public async Task<QuestionCount[]> GetCountsAsync(string[] sessionIds)
    {
        var records = await store.LoadRecordsAsync(sessionIds);
        return [.. sessionIds.Select((id, i) => new QuestionCount(id,
            records[i].Count(r => !r.Deleted), records[i].Count(r => !r.Deleted && r.Status == QuestionStatus.Answered)))];
    }
}
