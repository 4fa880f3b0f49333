using Orleans.Runtime.Messaging;
using Orleans.Runtime;
using StackExchange.Redis;
using WsisConnect.Contracts.Errors;
using WsisConnect.Grains.Abstractions.Errors;
using WsisConnect.Server.Errors;
using Xunit;

namespace WsisConnect.Server.Tests.Errors;

/// <summary>How the hub filter and the HTTP handler classify what a call threw: the same code on both edges.</summary>
public sealed class FailureTests
{
    public static TheoryData<Exception> ClusterUnavailable => new()
    {
        new SiloUnavailableException(),
        new SiloUnavailableException("The target silo became unavailable for message: Request ..."),
        new GatewayTooBusyException("The gateway is too busy."),
        new ConnectionFailedException("Connection refused."),
        new TimeoutException("Response did not arrive on time in 00:00:30 for message: Request ..."),
        new InvalidOperationException("Wrapped.", new SiloUnavailableException()),
    };

    public static TheoryData<Exception> StoreUnavailable => new()
    {
        new StoreUnavailableException("The store failed."),
        new RedisTimeoutException("Timeout awaiting response.", CommandStatus.Sent),
        new RedisConnectionException(ConnectionFailureType.UnableToConnect, "No connection is available."),
        new Orleans.Persistence.Redis.RedisStorageException("Failed to write grain state."),
        new Orleans.Storage.InconsistentStateException("Version conflict."),
        new InvalidOperationException("Wrapped.", new RedisTimeoutException("Timeout.", CommandStatus.Sent)),
    };

    [Theory]
    [MemberData(nameof(ClusterUnavailable))]
    public void OrleansUnavailabilityIsRetryableClusterUnavailable(Exception exception)
    {
        var failure = Failure.Of(exception);

        Assert.Equal((ErrorCodes.ClusterUnavailable, FailureKind.Unavailable), (failure.Code, failure.Kind));
        Assert.True(ErrorCodes.IsRetryable(failure.Code));
        Assert.DoesNotContain(exception.Message, failure.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(StoreUnavailable))]
    public void StoreFaultsAreRetryableStoreUnavailable(Exception exception)
    {
        var failure = Failure.Of(exception);

        Assert.Equal((ErrorCodes.StoreUnavailable, FailureKind.Unavailable), (failure.Code, failure.Kind));
        Assert.DoesNotContain(exception.Message, failure.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusalsKeepTheirCodeAndFaultsBecomeServerErrorWithoutTheirMessage()
    {
        var refusal = Failure.Of(new ForumException(ErrorCodes.PollNotOpen, "Closed."));
        Assert.Equal((ErrorCodes.PollNotOpen, "Closed.", FailureKind.Refusal), (refusal.Code, refusal.Detail, refusal.Kind));
        var fault = Failure.Of(new InvalidOperationException("Sequence contains no elements in the secret ledger."));
        Assert.Equal((ErrorCodes.ServerError, FailureKind.Fault), (fault.Code, fault.Kind));
        Assert.DoesNotContain("ledger", fault.Detail, StringComparison.Ordinal);
    }
}
