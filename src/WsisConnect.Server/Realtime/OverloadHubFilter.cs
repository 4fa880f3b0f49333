using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Operations;

namespace WsisConnect.Server.Realtime;

/// <summary>
/// Makes an overloaded node say so: every hub call is answered, with its result or with the retryable
/// <c>server.busy</c>, never left pending. Beyond <see cref="LiveLoadOptions.MaxCallsInFlight"/> calls at once a new one
/// is refused before it starts; a call still running after <see cref="LiveLoadOptions.CallDeadline"/> is answered
/// <c>server.busy</c> and keeps running, so that a retry with the same operation id joins it (see
/// <see cref="Operations.OperationHubFilter"/>, which runs inside this filter). Runs inside the error filter, which
/// turns the refusal into <c>"server.busy: ..."</c>.
/// </summary>
public sealed partial class OverloadHubFilter(IOptions<LiveLoadOptions> options, TimeProvider time, CallDeadlines deadlines, ILogger<OverloadHubFilter> logger) : IHubFilter
{
    private static readonly TimeSpan SummaryInterval = TimeSpan.FromSeconds(5);
    private static readonly string Detail =
        $"The forum is very busy right now. Try again in {ErrorCodes.BusyRetryAfter.TotalSeconds:0} second(s); a vote or question sent again with the same operation id counts once.";

    // Where each hub method takes its operation id (-1: it takes none); MethodInfo.GetParameters copies an array per call.
    private readonly ConcurrentDictionary<MethodInfo, int> _operationIdAt = new();
    private int _inFlight;
    private long _refused;
    private long _late;
    private long _nextSummary;

    /// <summary>Hub calls this node is running now, those answered late included until they end.</summary>
    public int InFlight => Volatile.Read(ref _inFlight);

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var limits = options.Value;
        if (Interlocked.Increment(ref _inFlight) > limits.MaxCallsInFlight)
        {
            Interlocked.Decrement(ref _inFlight);
            Interlocked.Increment(ref _refused);
            Summarise();
            throw new ForumException(ErrorCodes.ServerBusy, Detail);
        }

        Task<object?> call;
        try
        {
            var pending = next(invocationContext);
            if (pending.IsCompleted)
            {
                Interlocked.Decrement(ref _inFlight);
                return await pending;
            }
            call = pending.AsTask();
        }
        catch
        {
            Interlocked.Decrement(ref _inFlight);
            throw;
        }
        // The slot is held until the work ends, not until the caller is answered: a call answered late still loads the node.
        _ = call.ContinueWith(static (done, state) =>
        {
            _ = done.Exception;
            Interlocked.Decrement(ref ((OverloadHubFilter)state!)._inFlight);
        }, this, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

        if (!MayAnswerEarly(invocationContext) || await Task.WhenAny(call, deadlines.After(limits.CallDeadline)) == call)
        {
            return await call;
        }
        Interlocked.Increment(ref _late);
        Summarise();
        throw new ForumException(ErrorCodes.ServerBusy, Detail);
    }

    /// <summary>
    /// Reads, and writes carrying an operation id, may be answered before they end; a write without one may not, as the
    /// client's retry would run it a second time.
    /// </summary>
    private bool MayAnswerEarly(HubInvocationContext invocation)
    {
        var index = _operationIdAt.GetOrAdd(invocation.HubMethod, static method => Array.FindIndex(method.GetParameters(), IsOperationId));
        return index < 0 || (index < invocation.HubMethodArguments.Count && invocation.HubMethodArguments[index] is string);
    }

    private static bool IsOperationId(ParameterInfo parameter) => parameter.Name == OperationKeys.Parameter;

    /// <summary>One line every few seconds while the node sheds load, rather than one per call.</summary>
    private void Summarise()
    {
        var now = time.GetTimestamp();
        var next = Interlocked.Read(ref _nextSummary);
        if (now < next || Interlocked.CompareExchange(ref _nextSummary, now + (long)(SummaryInterval.TotalSeconds * time.TimestampFrequency), next) != next)
        {
            return;
        }
        LogShedding(logger, Interlocked.Exchange(ref _refused, 0), Interlocked.Exchange(ref _late, 0), InFlight);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Overloaded: {Refused} hub calls refused and {Late} answered late with server.busy since the last report; {InFlight} in flight")]
    private static partial void LogShedding(ILogger logger, long refused, long late, int inFlight);
}
