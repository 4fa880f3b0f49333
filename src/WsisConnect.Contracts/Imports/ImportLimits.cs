namespace WsisConnect.Contracts.Imports;

/// <summary>Limits of an import that the parsers and the grains agree on.</summary>
public static class ImportLimits
{
    /// <summary>Rows handed to a grain in one message.</summary>
    public const int ChunkSize = 1_000;

    /// <summary>Changes listed in a preview; the counts cover them all.</summary>
    public const int ListedChanges = 500;

    /// <summary>Errors and warnings listed in a preview, each; a file with more is reported as broken beyond that.</summary>
    public const int ListedIssues = 1_000;

    /// <summary>Sessions an agenda may hold: a forum week has about 250.</summary>
    public const int MaxSessions = 2_000;

    /// <summary>How long an unconfirmed preview is kept after its last use.</summary>
    public static readonly TimeSpan PreviewLifetime = TimeSpan.FromHours(1);
}
