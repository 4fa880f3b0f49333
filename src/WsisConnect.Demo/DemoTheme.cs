namespace WsisConnect.Demo;

/// <summary>A subject sessions are built around, tagged as the WSIS action line and SDG matrix links them.</summary>
/// <param name="Phrases">Ways a title can name the subject, written to read well mid-sentence.</param>
/// <param name="Summary">One sentence saying what sessions on it are about.</param>
/// <param name="Track">The special track sessions on it belong to, if any.</param>
internal sealed record DemoTheme(
    IReadOnlyList<string> Phrases,
    string Summary,
    IReadOnlyList<string> ActionLines,
    IReadOnlyList<int> Sdgs,
    string? Track = null);
