namespace WsisConnect.Contracts.Outcome;

/// <summary>
/// The figures of one part of the forum (the whole week, a day, a session, an action line or an SDG). Aggregates only:
/// a participant is a person who checked in to a session (on site, or remote by their registration), counted once
/// per part however often they checked in.
/// </summary>
/// <param name="SessionsScheduled">Sessions on the agenda.</param>
/// <param name="SessionsHeld">Sessions that were started (live or ended) or that anyone checked in to.</param>
/// <param name="ParticipantsOnSite">Distinct people registered on site who checked in.</param>
/// <param name="ParticipantsRemote">Distinct people registered as remote who checked in.</param>
/// <param name="Countries">Distinct countries of the participants (every country, small ones included).</param>
/// <param name="ByCountry">Participants by country, most first; countries under five merged into <c>other</c> (last).</param>
/// <param name="QuestionsAsked">Questions asked, whatever became of them (pending, approved, answered or dismissed).</param>
/// <param name="QuestionsAnswered">Questions a moderator marked answered.</param>
/// <param name="PollsRun">Polls opened for votes (drafts never opened are not counted).</param>
/// <param name="PollVoters">People who voted, summed over those polls (one person in two polls counts twice).</param>
/// <param name="ContactsMade">Contacts made (badge scans and accepted requests): the whole week and days only, null elsewhere.</param>
/// <param name="PrizeVotes">WSIS Prizes votes: the whole week and action lines (a category's line) only, null elsewhere.</param>
[GenerateSerializer, Immutable, Alias("wsis.OutcomeFigures")]
public sealed record OutcomeFigures(
    [property: Id(0)] int SessionsScheduled,
    [property: Id(1)] int SessionsHeld,
    [property: Id(2)] int ParticipantsOnSite,
    [property: Id(3)] int ParticipantsRemote,
    [property: Id(4)] int Countries,
    [property: Id(5)] CountryCount[] ByCountry,
    [property: Id(6)] int QuestionsAsked,
    [property: Id(7)] int QuestionsAnswered,
    [property: Id(8)] int PollsRun,
    [property: Id(9)] int PollVoters,
    [property: Id(10)] int? ContactsMade,
    [property: Id(11)] long? PrizeVotes)
{
    /// <summary>Everyone who took part.</summary>
    public int Participants => ParticipantsOnSite + ParticipantsRemote;
}
