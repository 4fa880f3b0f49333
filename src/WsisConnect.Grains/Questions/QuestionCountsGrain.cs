using WsisConnect.Contracts.Questions;

namespace WsisConnect.Grains.Questions;

/// <summary>Counts questions straight from <see cref="QuestionStore"/>, the Questions feature's own keys; holds nothing.</summary>
[StatelessWorker]
public sealed class QuestionCountsGrain(QuestionStore store) : Grain, IQuestionCountsGrain
{
    public async Task<QuestionCount[]> GetCountsAsync(string[] sessionIds)
    {
        var records = await store.LoadRecordsAsync(sessionIds);
        return [.. sessionIds.Select((id, i) => new QuestionCount(id, records[i].Count, records[i].Count(r => r.Status == QuestionStatus.Answered)))];
    }
}
