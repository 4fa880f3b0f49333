using WsisConnect.Contracts.Leaderboard;

namespace WsisConnect.Contracts.Monitoring;

/// <summary>
/// The forum at one moment, for the organisers' live operations dashboard: computed once a second for the whole
/// cluster (never per viewer) and pushed to those watching (<see cref="Realtime.ILiveHub.WatchOperations"/>).
/// </summary>
/// <param name="At">When it was computed.</param>
/// <param name="OnSite">People connected now who take part on site (each connection counted; a person on two devices twice).</param>
/// <param name="Remote">Connections now of people taking part remotely.</param>
/// <param name="Countries">Connections now by the person's country (ISO 3166 alpha-2; <c>"??"</c> for a sign-in older than this field), most first.</param>
/// <param name="LiveSessions">Sessions whose status is live, with who is checked in and the last minute's questions and votes.</param>
/// <param name="Busiest">The sessions with the most questions and votes in the last minute, live or not.</param>
/// <param name="Leaderboard">The leaderboard's top 10.</param>
/// <param name="Nodes">Each server node that reported in the last few seconds.</param>
/// <param name="StoreHealthy">Whether every node reached the store at its last report.</param>
/// <param name="Questions">Questions asked in the last minute, in every session (not only the live or busiest ones).</param>
/// <param name="Votes">Poll votes cast in the last minute, in every session.</param>
[Wire("wsis.ForumPulse")]
public sealed record ForumPulse(
    [property: WireMember(0)] DateTimeOffset At,
    [property: WireMember(1)] int OnSite,
    [property: WireMember(2)] int Remote,
    [property: WireMember(3)] CountryConnections[] Countries,
    [property: WireMember(4)] SessionPulse[] LiveSessions,
    [property: WireMember(5)] SessionPulse[] Busiest,
    [property: WireMember(6)] LeaderboardEntry[] Leaderboard,
    [property: WireMember(7)] NodePulse[] Nodes,
    [property: WireMember(8)] bool StoreHealthy,
    [property: WireMember(9)] int Questions,
    [property: WireMember(10)] int Votes);
