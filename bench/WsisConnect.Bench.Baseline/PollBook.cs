using System.Collections.Concurrent;
using System.Text.Json;

namespace WsisConnect.Bench.Baseline;

/// <summary>Every poll of the process, by id (<c>{sessionId}.p{n}</c>, as WsisConnect names them).</summary>
public sealed class PollBook
{
    private readonly ConcurrentDictionary<string, BaselinePoll> _polls = new(StringComparer.Ordinal);
    private int _created;

    public BaselinePoll Create(string sessionId, JsonElement definition, int optionCount)
    {
        var poll = new BaselinePoll($"{sessionId}.p{Interlocked.Increment(ref _created)}", sessionId, definition, optionCount);
        _polls[poll.Id] = poll;
        return poll;
    }

    public BaselinePoll? Find(string pollId) => _polls.GetValueOrDefault(pollId);

    public IEnumerable<BaselinePoll> InSession(string sessionId) => _polls.Values.Where(p => p.SessionId == sessionId).OrderBy(p => p.Id, StringComparer.Ordinal);

    public IEnumerable<BaselinePoll> All => _polls.Values;
}
