namespace WsisConnect.Contracts.Polls;

/// <summary>Limits clients can check before sending; the server enforces them.</summary>
public static class PollLimits
{
    /// <summary>The longest poll question.</summary>
    public const int MaxQuestionLength = 300;
    /// <summary>The longest option.</summary>
    public const int MaxOptionLength = 120;
    /// <summary>The most options.</summary>
    public const int MaxOptions = 12;
    /// <summary>The longest word-cloud answer.</summary>
    public const int MaxWordLength = 40;
    /// <summary>The longest open-text answer.</summary>
    public const int MaxTextLength = 280;
    /// <summary>How many voter partitions a poll has; the hub routes a vote to the partition of its voter.</summary>
    public const int Shards = 8;
}
