namespace WsisConnect.Storage;

/// <summary>How the embedded store keeps its data folder small and its restart quick.</summary>
/// <param name="CheckpointAofSize">
/// A checkpoint is taken once the append-only log exceeds this size (Garnet's <c>AofSizeLimit</c>, a size such as
/// <c>2m</c>); the log is then truncated up to the point the checkpoint covers, so a restart replays at most about
/// this much. Empty: never checkpoint, the log keeps all history.
/// </param>
/// <param name="LogSegmentSize">
/// The size of one file of the store's on-disk log: the unit in which compaction gives space
/// back (the append-only log uses 4 MB files).
/// </param>
/// <param name="CompactionSegments">
/// How many on-disk log segments may pile up before a checkpoint first compacts the oldest ones (live records are
/// copied forward, dead ones dropped).
/// </param>
public sealed record EmbeddedStoreSettings(string CheckpointAofSize = "2m", string LogSegmentSize = "4m", int CompactionSegments = 8)
{
    /// <summary>The settings a server starts with unless configured otherwise.</summary>
    public static EmbeddedStoreSettings Default { get; } = new();
}
