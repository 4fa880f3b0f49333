namespace WsisConnect.Server.Errors;

/// <summary>What a failed call was, which decides how it is logged and answered.</summary>
public enum FailureKind
{
    /// <summary>The caller asked for something the forum refuses: logged at Information, no stack trace.</summary>
    Refusal,
    /// <summary>The store or a node is briefly unavailable: retryable, answered 503; logged as a warning here.</summary>
    Unavailable,
    /// <summary>
    /// The node is overloaded (<c>server.busy</c>): retryable, answered 503. Logged at Debug per call, since an
    /// overload produces thousands at once; the gate that refuses them logs one summary a few seconds apart.
    /// </summary>
    Busy,
    /// <summary>An unexpected fault: logged as an error with its stack trace, answered <c>server.error</c>.</summary>
    Fault,
}
