namespace WsisConnect.Contracts.Polls;

/// <summary>A poll as a moderator prepares it.</summary>
/// <param name="Question">1 to 300 characters.</param>
/// <param name="Options">2 to 12 options of 1 to 120 characters (choice and quiz polls); empty otherwise.</param>
/// <param name="MaxChoices">Multiple choice: how many options one person may pick (1 to the number of options).</param>
/// <param name="RatingMin">Rating: the lowest value (0 to 10).</param>
/// <param name="RatingMax">Rating: the highest value (RatingMin + 1 to 10).</param>
/// <param name="CorrectOption">Quiz: the index of the right option.</param>
/// <param name="CountdownSeconds">Quiz: seconds to answer once opened (5 to 300).</param>
/// <param name="AllowChange">Whether a person may change their vote while the poll is open.</param>
[Wire("wsis.PollDraft")]
public sealed record PollDraft(
    [property: WireMember(0)] string Question,
    [property: WireMember(1)] PollKind Kind,
    [property: WireMember(2)] string[] Options,
    [property: WireMember(3)] int MaxChoices = 1,
    [property: WireMember(4)] int RatingMin = 1,
    [property: WireMember(5)] int RatingMax = 5,
    [property: WireMember(6)] int? CorrectOption = null,
    [property: WireMember(7)] int CountdownSeconds = 30,
    [property: WireMember(8)] ResultsVisibility Visibility = ResultsVisibility.Live,
    [property: WireMember(9)] bool AllowChange = true);
