namespace WsisConnect.Grains.Storage;

/// <summary>How grains that write to the store directly name their keys.</summary>
public sealed class StoreOptions
{
    /// <summary>Prefix of every key this application writes itself, so several deployments can share one Redis.</summary>
    public string KeyPrefix { get; set; } = "wsis";
}
