namespace WsisConnect.Storage;

/// <summary>Where the forum keeps its data, bound from the <c>Storage</c> configuration section.</summary>
public sealed class StorageOptions
{
    /// <summary>A StackExchange.Redis connection string. Empty: start the embedded Garnet store instead.</summary>
    public string? Redis { get; set; }

    /// <summary>The embedded store's folder (append-only log and checkpoints); relative paths are under the content root.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>The loopback port of the embedded store.</summary>
    public int EmbeddedPort { get; set; } = 6380;

    /// <summary>
    /// Whether the embedded store answers only after its append-only log holds the write. On by default: an
    /// acknowledged question or vote must survive a hard kill of the process.
    /// </summary>
    public bool WaitForCommit { get; set; } = true;

    /// <summary>
    /// The embedded store checkpoints once its append-only log exceeds this size (for example <c>2m</c>) and then
    /// truncates the log, so the data folder tracks live data and a restart replays at most about this much.
    /// Empty: never checkpoint.
    /// </summary>
    public string CheckpointAofSize { get; set; } = EmbeddedStoreSettings.Default.CheckpointAofSize;

    /// <summary>The size of one file of the embedded store's on-disk log, the unit compaction frees (for example <c>4m</c>).</summary>
    public string LogSegmentSize { get; set; } = EmbeddedStoreSettings.Default.LogSegmentSize;

    /// <summary>How many on-disk log segments may pile up before a checkpoint compacts the oldest.</summary>
    public int CompactionSegments { get; set; } = EmbeddedStoreSettings.Default.CompactionSegments;

    /// <summary>The embedded store's checkpoint and compaction settings.</summary>
    internal EmbeddedStoreSettings EmbeddedSettings => new(CheckpointAofSize ?? "", LogSegmentSize, CompactionSegments);
}
