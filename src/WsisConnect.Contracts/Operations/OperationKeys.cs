namespace WsisConnect.Contracts.Operations;

/// <summary>
/// Operation ids make writes safe to retry. Every state-changing hub method takes an optional
/// <c>operationId</c> as its last argument, and every state-changing HTTP endpoint an optional
/// <see cref="Header"/>: the client makes one up per intended action (a GUID) and sends the same one again when
/// it does not know whether the first attempt arrived (the connection dropped, the node died, the store was briefly
/// unavailable). A retry returns the first outcome and never applies twice.
/// </summary>
public static class OperationKeys
{
    /// <summary>The HTTP request header that carries an operation id (the IETF "Idempotency-Key" header).</summary>
    public const string Header = "Idempotency-Key";

    /// <summary>The hub method parameter that carries an operation id.</summary>
    public const string Parameter = "operationId";

    /// <summary>
    /// The key one person's operation is remembered under: ids are the client's, so two people (or a forger)
    /// choosing the same id never see each other's outcome.
    /// </summary>
    public static string For(string callerId, string operationId) => $"{callerId}/{operationId}";
}
