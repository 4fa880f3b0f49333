namespace WsisConnect.Bench.Cluster.Restart;

/// <summary>What the embedded store's data folder holds, by part.</summary>
internal sealed record DataFolder(long Total, long AppendOnlyLog, long Store)
{
    public static DataFolder Measure(string path)
    {
        static long Size(string dir) => Directory.Exists(dir)
            ? new DirectoryInfo(dir).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => { try { return f.Length; } catch (IOException) { return 0; } })
            : 0;
        return new DataFolder(Size(path), Size(Path.Combine(path, "AOF")), Size(Path.Combine(path, "Store")));
    }

    public static string Mb(long bytes) => (bytes / 1048576.0).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " MB";
}
