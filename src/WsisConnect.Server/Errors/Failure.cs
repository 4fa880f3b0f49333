using Orleans.Runtime.Messaging;
using WsisConnect.Contracts.Errors;
using WsisConnect.Grains.Abstractions.Errors;
using WsisConnect.Grains.Storage;

namespace WsisConnect.Server.Errors;

/// <summary>
/// An exception from a hub method, an endpoint or a grain, as callers see it: a stable code, an explanation
/// fit to show them, and its kind. The hub filter and the HTTP exception handler both use it, so the two agree.
/// </summary>
/// <param name="Code">The stable code from <see cref="ErrorCodes"/>.</param>
/// <param name="Detail">What to tell the caller; never internals such as the store's own message.</param>
/// <param name="Kind">Refusal, unavailability or fault.</param>
public sealed record Failure(string Code, string Detail, FailureKind Kind)
{
    private static readonly string UnavailableDetail =
        $"The forum is briefly unavailable (its store or one of its nodes is not answering). Try again in {ErrorCodes.RetryAfter.TotalSeconds:0} seconds.";

    /// <summary>Classifies <paramref name="exception"/>.</summary>
    public static Failure Of(Exception exception)
    {
        if (exception is ForumException refusal)
        {
            return new Failure(refusal.Code, refusal.Message, refusal.Code == ErrorCodes.ServerBusy ? FailureKind.Busy : FailureKind.Refusal);
        }
        if (exception is StoreUnavailableException || StoreFaultFilter.IsStoreFault(exception))
        {
            return new Failure(ErrorCodes.StoreUnavailable, UnavailableDetail, FailureKind.Unavailable);
        }
        if (IsClusterUnavailable(exception))
        {
            return new Failure(ErrorCodes.ClusterUnavailable, UnavailableDetail, FailureKind.Unavailable);
        }
        return new Failure(ErrorCodes.ServerError,
            "Something went wrong on the server. It has been logged; if it happens again, tell the organisers.", FailureKind.Fault);
    }

    /// <summary>
    /// Orleans could not reach or finish with the grain: the silo holding it is gone or restarting, the message was
    /// rejected, or the call timed out (a timeout that is the store's is classified as the store's before this). A
    /// cancellation counts too: hub methods and handlers take no token, so it is Orleans giving up on a message
    /// ("Message expired before placement could complete" while the store stalls), not the caller.
    /// </summary>
    private static bool IsClusterUnavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is OrleansMessageRejectionException or ConnectionFailedException or GatewayTooBusyException
                or ClientNotAvailableException or OrleansLifecycleCanceledException or TimeoutException or OperationCanceledException)
            {
                return true;
            }
        }
        return false;
    }
}
