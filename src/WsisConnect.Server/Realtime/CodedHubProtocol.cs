using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.ExceptionServices;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using WsisConnect.Contracts.Errors;
using WsisConnect.Server.Errors;

namespace WsisConnect.Server.Realtime;

/// <summary>
/// The JSON hub protocol, with a stable code on every call whose arguments cannot be bound: wrong types, too few or
/// too many arguments, text that is not valid UTF-16, an unknown method. Binding happens while the message is
/// parsed, before any hub filter could see the call, and SignalR answers such a call with a generic
/// "Failed to invoke ..." unless the binding exception is a HubException. So this replaces it with one whose message
/// is <c>"validation.invalid: ..."</c>, which SignalR passes on as it passes on a hub method's own.
/// </summary>
public sealed class CodedHubProtocol(IHubProtocol inner, ILogger<CodedHubProtocol> logger) : IHubProtocol
{
    private const int MaxEchoed = 64;

    public string Name => inner.Name;

    public int Version => inner.Version;

    public TransferFormat TransferFormat => inner.TransferFormat;

    public bool TryParseMessage(ref ReadOnlySequence<byte> input, IInvocationBinder binder, [NotNullWhen(true)] out HubMessage? message)
    {
        if (!inner.TryParseMessage(ref input, binder, out message))
        {
            return false;
        }
        if (message is InvocationBindingFailureMessage failure)
        {
            var target = Echo(failure.Target);
            var detail = Expected(binder, failure.Target) is { } parameters
                ? $"The arguments do not fit '{target}', which takes ({parameters})."
                : $"There is no hub method '{target}'.";
            FailureLog.Log(logger, target, new Failure(ErrorCodes.Invalid, $"{detail} {failure.BindingFailure.SourceException.Message}", FailureKind.Refusal), null);
            message = new InvocationBindingFailureMessage(failure.InvocationId, failure.Target,
                ExceptionDispatchInfo.Capture(new HubException($"{ErrorCodes.Invalid}: {detail}")));
        }
        return true;
    }

    public void WriteMessage(HubMessage message, IBufferWriter<byte> output) => inner.WriteMessage(message, output);

    public ReadOnlyMemory<byte> GetMessageBytes(HubMessage message) => inner.GetMessageBytes(message);

    public bool IsVersionSupported(int version) => inner.IsVersionSupported(version);

    private static string? Expected(IInvocationBinder binder, string target)
    {
        try
        {
            return string.Join(", ", binder.GetParameterTypes(target).Select(t => (Nullable.GetUnderlyingType(t) ?? t).Name));
        }
        catch (HubException)
        {
            return null;
        }
    }

    /// <summary>The method name as sent, cut short and without control characters, fit to echo and log.</summary>
    private static string Echo(string target) =>
        new([.. target.Take(MaxEchoed).Select(c => char.IsControl(c) || char.IsSurrogate(c) ? '?' : c)]);
}
