namespace WsisConnect.Contracts.Questions;

/// <summary>A question to ask over HTTP (the hub's AskQuestion does the same).</summary>
/// <param name="Text">1 to 500 characters after trimming.</param>
/// <param name="Anonymous">Hide the asker's name from everyone.</param>
public sealed record AskRequest(string? Text, bool Anonymous);
