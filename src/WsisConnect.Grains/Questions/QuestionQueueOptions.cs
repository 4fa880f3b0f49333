namespace WsisConnect.Grains.Questions;

/// <summary>Limits and pacing of question queues, bound from the <c>Questions</c> configuration section.</summary>
public sealed class QuestionQueueOptions
{
    /// <summary>How many questions one person may ask in one session within <see cref="Window"/>.</summary>
    public int MaxPerWindow { get; set; } = 3;

    /// <summary>The sliding window of the per-person asking limit.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long changes are gathered before one push per audience; bounds pushes to a few per second.</summary>
    public TimeSpan PushInterval { get; set; } = TimeSpan.FromMilliseconds(150);
}
