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
[Wire("wsis.PersonalData")]
public sealed record PersonalData(
    [property: WireMember(0)] AttendeeProfile Registration,
    [property: WireMember(1)] NetworkingProfile Profile,
    [property: WireMember(2)] ContactBookView Contacts,
    [property: WireMember(3)] DirectMessage[] Messages,
    [property: WireMember(4)] QuestionView[] Questions,
    [property: WireMember(5)] PollBallot[] Ballots,
    [property: WireMember(6)] PrizeChoice[] PrizeVotes,
    [property: WireMember(7)] string[] CheckIns,
    [property: WireMember(8)] LeaderboardView Leaderboard,
    [property: WireMember(9)] DateTimeOffset ExportedAt,
    [property: WireMember(10)] string[] CountedIn);

/// <summary>A ballot the person cast.</summary>
[Wire("wsis.PollBallot")]
public sealed record PollBallot([property: WireMember(0)] string PollId, [property: WireMember(1)] Ballot Ballot);

/// <summary>A prize vote the person cast.</summary>
[Wire("wsis.PrizeChoice")]
public sealed record PrizeChoice([property: WireMember(0)] string CategoryId, [property: WireMember(1)] string NomineeId);
