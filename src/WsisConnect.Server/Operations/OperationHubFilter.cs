using System.Reflection;
using Microsoft.AspNetCore.SignalR;
using WsisConnect.Contracts.Operations;
using WsisConnect.Grains.Operations;
using WsisConnect.Server.Auth;

namespace WsisConnect.Server.Operations;

/// <summary>
/// Makes a hub write with an <c>operationId</c> safe to retry: the same person's same operation runs once on this
/// node (<see cref="RecentOperations"/>), and the grains it reaches see the operation key (<see cref="CurrentOperation"/>)
/// to recognise a retry that reaches them through another node. Runs inside the error filter, on checked arguments.
/// </summary>
public sealed class OperationHubFilter(RecentOperations recent) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        if (OperationIdOf(invocationContext) is not { } operationId || invocationContext.Context.User is not { } user)
        {
            return await next(invocationContext);
        }
        var key = OperationKeys.For(user.ToCaller().AttendeeId, operationId);
        return await recent.RunOnceAsync(key, () => CurrentOperation.RunAsync(key, () => next(invocationContext).AsTask()));
    }

    private static string? OperationIdOf(HubInvocationContext invocation)
    {
        var parameters = invocation.HubMethod.GetParameters();
        var index = Array.FindIndex(parameters, IsOperationId);
        return index >= 0 && index < invocation.HubMethodArguments.Count ? invocation.HubMethodArguments[index] as string : null;
    }

    private static bool IsOperationId(ParameterInfo parameter) => parameter.Name == OperationKeys.Parameter;
}
