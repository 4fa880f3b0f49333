using System.Collections.Concurrent;

namespace WsisConnect.Bench.Baseline;

/// <summary>One prize category's votes in memory: one per voter (a concurrent set), counts by Interlocked.</summary>
public sealed class PrizeTally(BaselinePrizeCategory category)
{
    private readonly long[] _counts = new long[category.Nominees.Length];
    private readonly ConcurrentDictionary<string, BaselineVoterChoice> _voters = new(StringComparer.Ordinal);

    public BaselinePrizeCategory Category { get; } = category;

    /// <summary>The nominee's index in the category, or -1.</summary>
    public int IndexOf(string nomineeId) => Array.FindIndex(Category.Nominees, n => n.Id == nomineeId);

    /// <summary>
    /// Counts the vote unless <paramref name="voter"/> has voted in the category already; a retry of the same vote
    /// (same nominee, same operation id) is answered as counted, as WsisConnect answers it.
    /// </summary>
    public bool TryVote(string voter, int nominee, string? operationId)
    {
        var choice = new BaselineVoterChoice(Category.Nominees[nominee].Id, operationId);
        if (_voters.TryAdd(voter, choice))
        {
            Interlocked.Increment(ref _counts[nominee]);
            return true;
        }
        return operationId is not null && _voters.TryGetValue(voter, out var earlier) && earlier == choice;
    }

    /// <summary>The nominee the voter chose, or null.</summary>
    public string? VoteOf(string voter) => _voters.TryGetValue(voter, out var choice) ? choice.NomineeId : null;

    /// <summary>The totals, most votes first.</summary>
    public BaselinePrizeResults Results()
    {
        var nominees = Category.Nominees.Select((n, i) => new BaselineNomineeVotes(n.Id, Volatile.Read(ref _counts[i]))).OrderByDescending(n => n.Votes).ToArray();
        return new BaselinePrizeResults(Category.Id, nominees.Sum(n => n.Votes), nominees);
    }
}
