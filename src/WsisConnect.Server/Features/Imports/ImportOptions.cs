namespace WsisConnect.Server.Features.Imports;

/// <summary>Limits of uploaded files, bound from the <c>Imports</c> configuration section.</summary>
public sealed class ImportOptions
{
    /// <summary>The largest file accepted, in bytes (100 MB): read as a stream, never whole into memory.</summary>
    public long MaxFileBytes { get; set; } = 100L * 1024 * 1024;

    /// <summary>The most rows a registration list may have.</summary>
    public int MaxRows { get; set; } = 250_000;

    /// <summary>The forum's time zone, for agenda CSV times and frab events without an offset.</summary>
    public string TimeZone { get; set; } = "Europe/Zurich";

    /// <summary>Where people open the app, for sign-in and badge links in exports; empty: the address the request came to.</summary>
    public string? PublicUrl { get; set; }
}
