namespace WsisConnect.Server.Errors;

/// <summary>How the hub and the HTTP pipeline log a failed call: quietly for refusals, loudly for faults.</summary>
public static partial class FailureLog
{
    /// <summary>Logs <paramref name="failure"/> of <paramref name="operation"/> at the level its kind calls for.</summary>
    public static void Log(ILogger logger, string operation, Failure failure, Exception? exception)
    {
        switch (failure.Kind)
        {
            case FailureKind.Refusal:
                Refused(logger, operation, failure.Code, failure.Detail);
                break;
            case FailureKind.Unavailable:
                // The store fault itself was logged where it happened (StoreFaultFilter); this is its echo at the edge.
                Unavailable(logger, operation, failure.Code, exception is null ? "" : $"{exception.GetType().Name}: {exception.Message}");
                break;
            case FailureKind.Busy:
                Busy(logger, operation, failure.Code);
                break;
            default:
                Fault(logger, exception, operation);
                break;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused {Operation}: {Code}: {Detail}")]
    private static partial void Refused(ILogger logger, string operation, string code, string detail);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Operation} failed, briefly unavailable ({Code}): {Reason}")]
    private static partial void Unavailable(ILogger logger, string operation, string code, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Operation} answered {Code}: the node is overloaded")]
    private static partial void Busy(ILogger logger, string operation, string code);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Operation} failed with an unexpected fault")]
    private static partial void Fault(ILogger logger, Exception? exception, string operation);
}
