using Microsoft.Extensions.Logging;

namespace WsisConnect.Demo;

/// <summary>What a node says about the demo forum as it starts.</summary>
internal static partial class DemoStartupLog
{
    /// <summary>Prints a demo sign-in code, so a new user can sign in straight away.</summary>
    [LoggerMessage(Level = LogLevel.Information, Message = "Demo sign-in: {Role,-22} {Code}  ({Name})")]
    public static partial void DemoCode(ILogger logger, string role, string code, string name);

    /// <summary>The demo load failed part-way and starts again.</summary>
    [LoggerMessage(Level = LogLevel.Warning, Message = "Loading the demo forum failed (attempt {Attempt}); retrying")]
    public static partial void DemoLoadRetry(ILogger logger, Exception exception, int attempt);
}
