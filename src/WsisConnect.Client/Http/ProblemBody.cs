namespace WsisConnect.Client.Http;

/// <summary>The parts of a ProblemDetails body the SDK reads.</summary>
internal sealed record ProblemBody(int? Status, string? Title, string? Detail, string? Code, Dictionary<string, string[]>? Errors);
