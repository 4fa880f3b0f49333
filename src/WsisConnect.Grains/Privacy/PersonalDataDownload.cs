using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Leaderboard;
using WsisConnect.Contracts.Networking;
using WsisConnect.Contracts.Questions;

namespace WsisConnect.Grains.Privacy;

/// <summary>
/// A personal-data download while the holders fill it in, each setting its own part. A part nobody set is a
/// holder missing from <c>AddWsisGrains</c>: the download then fails rather than leave that part out unnoticed.
/// </summary>
public sealed class PersonalDataDownload
{
    /// <summary>The networking profile (Profiles).</summary>
    public NetworkingProfile? Profile { get; set; }

    /// <summary>Contacts and requests (Contacts).</summary>
    public ContactBookView? Contacts { get; set; }

    /// <summary>Messages with every contact (Messages).</summary>
    public DirectMessage[]? Messages { get; set; }

    /// <summary>Questions asked (Questions).</summary>
    public QuestionView[]? Questions { get; set; }

    /// <summary>Poll ballots cast (Polls).</summary>
    public PollBallot[]? Ballots { get; set; }

    /// <summary>Prize votes cast (Prizes).</summary>
    public PrizeChoice[]? PrizeVotes { get; set; }

    /// <summary>Sessions checked in to now (Presence).</summary>
    public string[]? CheckIns { get; set; }

    /// <summary>Where the outcome report counted the person (Presence).</summary>
    public string[]? CountedIn { get; set; }

    /// <summary>Points and rank (Leaderboard).</summary>
    public LeaderboardView? Leaderboard { get; set; }

    /// <summary>The download as the person receives it.</summary>
    public PersonalData Complete(AttendeeProfile registration, DateTimeOffset exportedAt) => new(
        registration,
        Profile ?? throw Missing(nameof(Profile)),
        Contacts ?? throw Missing(nameof(Contacts)),
        [.. (Messages ?? throw Missing(nameof(Messages))).OrderBy(m => m.SentAt)],
        Questions ?? throw Missing(nameof(Questions)),
        Ballots ?? throw Missing(nameof(Ballots)),
        PrizeVotes ?? throw Missing(nameof(PrizeVotes)),
        CheckIns ?? throw Missing(nameof(CheckIns)),
        Leaderboard ?? throw Missing(nameof(Leaderboard)),
        exportedAt,
        CountedIn ?? throw Missing(nameof(CountedIn)));

    private static InvalidOperationException Missing(string part) =>
        new($"No personal-data holder set the download's {part}: its feature's holder is not registered in AddWsisGrains.");
}
