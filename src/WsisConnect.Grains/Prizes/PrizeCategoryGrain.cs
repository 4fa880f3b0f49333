using Microsoft.Extensions.Options;
using StackExchange.Redis;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Forum;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Prizes;
using WsisConnect.Grains.Operations;
using WsisConnect.Grains.Storage;

namespace WsisConnect.Grains.Prizes;

/// <summary>
/// One prize category's votes over the whole week: one hash field per voter, written in batches (reentrant, so
/// votes arriving together share one write), counted in memory and rebuilt from the hash on activation, so the
/// totals are always exactly the stored votes.
/// </summary>
[Reentrant]
public sealed class PrizeCategoryGrain(IConnectionMultiplexer redis, IOptions<StoreOptions> store, StoreMetrics storeMetrics, PrizeMetrics metrics)
    : Grain, IPrizeCategoryGrain
{
    private readonly Dictionary<string, string> _votes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _counts = new(StringComparer.Ordinal);
    private PrizeCategory? _category;
    private bool _published;
    private BatchedHashWriter _writer = null!;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var key = (RedisKey)$"{store.Value.KeyPrefix}:prize:{{{this.GetPrimaryKeyString()}}}:votes";
        _writer = new BatchedHashWriter(redis.GetDatabase(), key, storeMetrics, StoreMetrics.PrizeVotes);
        Apply(await GrainFactory.GetGrain<IPrizesGrain>(ForumKeys.Forum).GetBoardAsync());
        foreach (var entry in await redis.GetDatabase().HashGetAllAsync(key))
        {
            _votes[entry.Name!] = entry.Value!;
            _counts[entry.Value!] = _counts.GetValueOrDefault(entry.Value!) + 1;
        }
    }

    public async Task<PrizeVoteReceipt> VoteAsync(Caller caller, string nomineeId)
    {
        var category = _category ?? throw new ForumException(ErrorCodes.PrizeNotFound, $"There is no prize category {this.GetPrimaryKeyString()}.");
        if (_published)
        {
            throw new ForumException(ErrorCodes.PrizeVotingClosed, "The winners are published; voting is over.");
        }
        if (!category.Nominees.Any(n => n.Id == nomineeId))
        {
            throw new ForumException(ErrorCodes.PrizeNotFound, $"Category {category.Id} has no nominee {nomineeId}.");
        }
        if (!_votes.TryAdd(caller.AttendeeId, nomineeId))
        {
            if (CurrentOperation.Key is not null && _votes[caller.AttendeeId] == nomineeId)
            {
                // The retry of this very vote, whose answer was lost: once it is stored, it is the first outcome.
                await _writer.WhenFlushedAsync();
                if (_votes.GetValueOrDefault(caller.AttendeeId) == nomineeId)
                {
                    return new PrizeVoteReceipt(category.Id, nomineeId);
                }
            }
            throw new ForumException(ErrorCodes.PrizeAlreadyVoted, $"You have already voted in {category.Name}.");
        }
        _counts[nomineeId] = _counts.GetValueOrDefault(nomineeId) + 1;
        try
        {
            await _writer.WriteAsync(caller.AttendeeId, nomineeId);
        }
        catch
        {
            _votes.Remove(caller.AttendeeId);
            _counts[nomineeId]--;
            throw;
        }
        metrics.Voted();
        return new PrizeVoteReceipt(category.Id, nomineeId);
    }

    public Task<string?> GetVoteAsync(string attendeeId) => Task.FromResult(_votes.GetValueOrDefault(attendeeId));

    public Task<PrizeResults> GetResultsAsync(Caller caller)
    {
        var category = _category ?? throw new ForumException(ErrorCodes.PrizeNotFound, $"There is no prize category {this.GetPrimaryKeyString()}.");
        if (!_published && !caller.IsOrganiser)
        {
            throw new ForumException(ErrorCodes.PrizeResultsHidden, "Totals are hidden until the organisers publish the winners.");
        }
        return Task.FromResult(new PrizeResults(category.Id, _votes.Count,
            [.. category.Nominees.Select(n => new NomineeVotes(n.Id, _counts.GetValueOrDefault(n.Id))).OrderByDescending(n => n.Votes)]));
    }

    public Task OnBoardChangedAsync(PrizeBoard board)
    {
        Apply(board);
        return Task.CompletedTask;
    }

    private void Apply(PrizeBoard board)
    {
        _category = board.Categories.FirstOrDefault(c => c.Id == this.GetPrimaryKeyString());
        _published = board.WinnersPublished;
    }
}
