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

    /// <summary>Fewest options of a choice or quiz poll.</summary>
    public const int MinOptions = 2;

    /// <summary>Lowest value a rating scale can start at.</summary>
    public const int RatingLowest = 0;

    /// <summary>Highest value a rating scale can end at.</summary>
    public const int RatingHighest = 10;

    /// <summary>Shortest quiz countdown, in seconds.</summary>
    public const int MinCountdownSeconds = 5;

    /// <summary>Longest quiz countdown, in seconds.</summary>
    public const int MaxCountdownSeconds = 300;
    /// <summary>The longest word-cloud answer.</summary>
    public const int MaxWordLength = 40;
    /// <summary>The longest open-text answer.</summary>
    public const int MaxTextLength = 280;
    /// <summary>How many voter partitions a poll has; the hub routes a vote to the partition of its voter.</summary>
    public const int Shards = 8;
}
