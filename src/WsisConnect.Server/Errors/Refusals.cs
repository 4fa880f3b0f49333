namespace WsisConnect.Server.Errors;

/// <summary>
/// Endpoint metadata: the <see cref="WsisConnect.Contracts.Errors.ErrorCodes"/> an endpoint may answer with (each as a
/// ProblemDetails with that <c>code</c>), so the OpenAPI document lists them under their statuses.
/// </summary>
/// <param name="Codes">Codes particular to the endpoint; the ones every endpoint of its kind can answer are added by the document.</param>
public sealed record Refusals(IReadOnlyList<string> Codes);
