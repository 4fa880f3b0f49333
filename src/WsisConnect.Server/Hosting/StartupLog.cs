namespace WsisConnect.Server.Hosting;

/// <summary>What a node says about itself as it starts.</summary>
public static partial class StartupLog
{
    /// <summary>Names the store, so an operator sees where the data goes.</summary>
    [LoggerMessage(Level = LogLevel.Information, Message = "Store: {Store}")]
    public static partial void StoreOpened(ILogger logger, string store);
}
