using Orleans.Persistence.Redis;
using Orleans.Serialization;
using Orleans.Storage;
using StackExchange.Redis;
using WsisConnect.Contracts.Errors;
using WsisConnect.Grains.Abstractions.Errors;

namespace WsisConnect.Grains.Storage;

/// <summary>
/// Turns a store fault inside a grain call into a <see cref="StoreUnavailableException"/>, which crosses nodes
/// (the Redis client's own exceptions have no codec there), and deactivates the grain: after a timeout nobody knows
/// whether the write landed, so the grain's memory, its ETag and the store may disagree, and only a fresh
/// activation that reads the store back tells the truth. The fault is logged here, where it happened, once.
/// </summary>
public sealed partial class StoreFaultFilter(ILogger<StoreFaultFilter> logger) : IIncomingGrainCallFilter
{
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        try
        {
            await context.Invoke();
        }
        catch (Exception ex) when (IsStoreFault(ex))
        {
            LogStoreFault(logger, ex, context.TargetId.ToString(), context.MethodName);
            context.TargetContext.Deactivate(new DeactivationReason(DeactivationReasonCode.ApplicationError,
                "The store failed during a call; the next activation reads the state back."));
            throw new StoreUnavailableException($"The store failed while {context.TargetId} ran {context.MethodName}: {ex.GetType().Name}.");
        }
    }

    /// <summary>
    /// Whether <paramref name="exception"/> (or one it wraps) is the store failing: the Redis client's errors and
    /// timeouts, Orleans' Redis storage errors, an ETag conflict after an ambiguous write, or a Redis error that
    /// crossed from another node. A <see cref="StoreUnavailableException"/> from a grain called in turn is not:
    /// that grain has dealt with it, and this one's own state is as it was.
    /// </summary>
    public static bool IsStoreFault(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case StoreUnavailableException:
                    return false;
                case RedisException or RedisTimeoutException or RedisStorageException or InconsistentStateException:
                    return true;
                case UnavailableExceptionFallbackException fallback
                    when fallback.ExceptionType?.StartsWith("StackExchange.Redis.", StringComparison.Ordinal) == true:
                    return true;
            }
        }
        return false;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The store failed while {Grain} ran {Method}; the grain deactivates to reload its state")]
    private static partial void LogStoreFault(ILogger logger, Exception exception, string grain, string method);
}
