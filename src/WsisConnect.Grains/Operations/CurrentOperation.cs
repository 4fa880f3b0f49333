using Orleans.Runtime;

namespace WsisConnect.Grains.Operations;

/// <summary>
/// The operation a grain call belongs to, when its client gave an operation id. The server puts the key in Orleans'
/// <see cref="RequestContext"/> around the call, so it flows to every grain the call reaches without a parameter on
/// each grain method; grains that create something store it with what they create, and grains whose refusal would
/// only say "already done" answer a retry as the success it is.
/// </summary>
public static class CurrentOperation
{
    private const string ContextKey = "wsis.op";

    /// <summary>The current call's operation key (<see cref="Contracts.Operations.OperationKeys.For"/>), or null.</summary>
    public static string? Key => RequestContext.Get(ContextKey) as string;

    /// <summary>Runs <paramref name="call"/> as part of the operation <paramref name="operationKey"/>.</summary>
    public static async Task<T> RunAsync<T>(string operationKey, Func<Task<T>> call)
    {
        RequestContext.Set(ContextKey, operationKey);
        try
        {
            return await call();
        }
        finally
        {
            RequestContext.Remove(ContextKey);
        }
    }
}
