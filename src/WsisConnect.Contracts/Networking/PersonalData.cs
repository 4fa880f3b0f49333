using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Leaderboard;
using WsisConnect.Contracts.Polls;
using WsisConnect.Contracts.Questions;

namespace WsisConnect.Contracts.Networking;

/// <summary>Everything the forum holds about one person, as they download it.</summary>
/// <param name="CheckIns">Sessions the person is checked in to now.</param>
/// <param name="CountedIn">
/// Every part of the forum the outcome report has counted the person in, once each (<c>forum</c>, <c>day:2025-07-07</c>,
/// <c>session:s042</c>, <c>line:C4</c>, <c>sdg:4</c>): kept so that a person is counted once however often they check in;
/// erased with the account (the report's counts stay, they name nobody).
/// </param>
[GenerateSerializer, Immutable, Alias("wsis.PersonalData")]
public sealed record PersonalData(
    [property: Id(0)] AttendeeProfile Registration,
    [property: Id(1)] NetworkingProfile Profile,
    [property: Id(2)] ContactBookView Contacts,
    [property: Id(3)] DirectMessage[] Messages,
    [property: Id(4)] QuestionView[] Questions,
    [property: Id(5)] PollBallot[] Ballots,
    [property: Id(6)] PrizeChoice[] PrizeVotes,
    [property: Id(7)] string[] CheckIns,
    [property: Id(8)] LeaderboardView Leaderboard,
    [property: Id(9)] DateTimeOffset ExportedAt,
    [property: Id(10)] string[] CountedIn);

/// <summary>A ballot the person cast.</summary>
[GenerateSerializer, Immutable, Alias("wsis.PollBallot")]
public sealed record PollBallot([property: Id(0)] string PollId, [property: Id(1)] Ballot Ballot);

/// <summary>A prize vote the person cast.</summary>
[GenerateSerializer, Immutable, Alias("wsis.PrizeChoice")]
public sealed record PrizeChoice([property: Id(0)] string CategoryId, [property: Id(1)] string NomineeId);
