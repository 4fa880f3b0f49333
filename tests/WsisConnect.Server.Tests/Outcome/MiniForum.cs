using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Forum;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Networking;
using WsisConnect.Contracts.Polls;
using WsisConnect.Contracts.Prizes;
using WsisConnect.Contracts.Questions;
using WsisConnect.Server.Tests.Infrastructure;

namespace WsisConnect.Server.Tests.Outcome;

/// <summary>
/// A small forum over two days, played through the real server with the SDK: who checks in where, questions, polls
/// of every kind, contacts and prize votes. The test compares the report with what this script did.
/// </summary>
public sealed class MiniForum : IAsyncDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);
    private readonly ForumServerFixture _server;
    private readonly List<Participant> _people = [];

    private MiniForum(ForumServerFixture server) => _server = server;

    public Participant Organiser { get; private set; } = null!;
    public Participant Moderator { get; private set; } = null!;
    public Participant[] Swiss { get; private set; } = [];
    public Participant[] Kenyans { get; private set; } = [];
    public Participant[] Brazilians { get; private set; } = [];
    public Participant French { get; private set; } = null!;

    /// <summary>Day 1 (7 July): C1, C11, SDG 17.</summary>
    public SessionDetails Opening { get; private set; } = null!;
    /// <summary>Day 1: C5, SDG 9.</summary>
    public SessionDetails Security { get; private set; } = null!;
    /// <summary>Day 2 (8 July): C1, SDG 9 and 17.</summary>
    public SessionDetails Cooperation { get; private set; } = null!;
    /// <summary>Day 2: C2, nobody came.</summary>
    public SessionDetails Empty { get; private set; } = null!;

    public Dictionary<string, string> PollIds { get; } = [];
    public PrizeCategory LineOne { get; } = new("o-c1", "C1 Governance", "C1",
        [new Nominee("o-n1", "Open budgets", "Civic Tech", "KE"), new Nominee("o-n2", "e-Parliament", "Gov Lab", "BR")]);
    public PrizeCategory LineFive { get; } = new("o-c5", "C5 Security", "C5", [new Nominee("o-n3", "Safer schools online", "CyberKids", "CH")]);

    public static async Task<MiniForum> PlayAsync(ForumServerFixture server)
    {
        var forum = new MiniForum(server);
        await forum.ArrangeAsync();
        await forum.CheckInAsync();
        await forum.AskAsync();
        await forum.PollAsync();
        await forum.ConnectAsync();
        await forum.VoteForPrizesAsync();
        return forum;
    }

    private async Task ArrangeAsync()
    {
        Organiser = await SignInAsync("Olga Organiser", Participation.OnSite, "CH", ForumRoles.Attendee | ForumRoles.Organiser);
        Moderator = await SignInAsync("Moe Moderator", Participation.OnSite, "CH", ForumRoles.Attendee | ForumRoles.Moderator);
        Swiss = [.. await Task.WhenAll(Enumerable.Range(1, 6).Select(i => SignInAsync($"Swiss {i}", Participation.OnSite, "CH")))];
        Kenyans = [.. await Task.WhenAll(Enumerable.Range(1, 5).Select(i => SignInAsync($"Kenyan {i}", Participation.OnSite, "KE")))];
        Brazilians = [.. await Task.WhenAll(Enumerable.Range(1, 2).Select(i => SignInAsync($"Brazilian {i}", Participation.Remote, "BR")))];
        French = await SignInAsync("French 1", Participation.Remote, "FR");
        Opening = await SessionAsync(new DateOnly(2025, 7, 7), 10, ["C1", "C11"], [17]);
        Security = await SessionAsync(new DateOnly(2025, 7, 7), 14, ["C5"], [9]);
        Cooperation = await SessionAsync(new DateOnly(2025, 7, 8), 10, ["C1"], [9, 17]);
        Empty = await SessionAsync(new DateOnly(2025, 7, 8), 14, ["C2"], []);
    }

    private async Task CheckInAsync()
    {
        foreach (var person in Swiss.Concat(Kenyans).Concat(Brazilians).Append(French))
        {
            await Bounded(person.Live.CheckIn(Opening.Id, visible: true));
        }
        // Checking out and in again, or twice, is still one participant.
        await Bounded(Swiss[0].Live.CheckOut(Opening.Id));
        await Bounded(Swiss[0].Live.CheckIn(Opening.Id, visible: false));
        foreach (var person in Swiss[..3].Append(Brazilians[0]))
        {
            await Bounded(person.Live.CheckIn(Security.Id, visible: true));
        }
        foreach (var person in Swiss[..5].Append(Kenyans[0]).Append(French))
        {
            await Bounded(person.Live.CheckIn(Cooperation.Id, visible: true));
        }
    }

    private async Task AskAsync()
    {
        var answered = await Bounded(Swiss[0].Live.AskQuestion(Opening.Id, "How do we fund rural access?", anonymous: false));
        await Bounded(Brazilians[0].Live.AskQuestion(Opening.Id, "Will remote voices be heard?", anonymous: true));
        var dismissed = await Bounded(Kenyans[0].Live.AskQuestion(Opening.Id, "Off topic, sorry", anonymous: false));
        await Bounded(Moderator.Live.Moderate(Opening.Id, answered.Id, ModerationAction.MarkAnswered));
        await Bounded(Moderator.Live.Moderate(Opening.Id, dismissed.Id, ModerationAction.Dismiss));
        var later = await Bounded(Swiss[1].Live.AskQuestion(Cooperation.Id, "Which regional bodies lead?", anonymous: false));
        await Bounded(Moderator.Live.Moderate(Cooperation.Id, later.Id, ModerationAction.MarkAnswered));
    }

    private async Task PollAsync()
    {
        var single = await OpenAsync("single", Opening, new PollDraft("Is access a right?", PollKind.SingleChoice, ["yes", "no"]));
        foreach (var person in Swiss[..4]) await Bounded(person.Live.Vote(single, new Ballot([0])));
        await Bounded(Brazilians[0].Live.Vote(single, new Ballot([1])));
        var multiple = await OpenAsync("multiple", Opening, new PollDraft("Priorities?", PollKind.MultipleChoice, ["skills", "spectrum", "security"], MaxChoices: 2));
        await Bounded(Kenyans[0].Live.Vote(multiple, new Ballot([0, 1])));
        await Bounded(Kenyans[1].Live.Vote(multiple, new Ballot([1])));
        var rating = await OpenAsync("rating", Security, new PollDraft("How safe do you feel online?", PollKind.Rating, [], RatingMin: 1, RatingMax: 5));
        await Bounded(Swiss[0].Live.Vote(rating, new Ballot([], Rating: 4)));
        await Bounded(Brazilians[0].Live.Vote(rating, new Ballot([], Rating: 5)));
        // A draft never opened is not part of the outcome.
        await Bounded(Moderator.Live.CreatePoll(Security.Id, new PollDraft("Never asked?", PollKind.SingleChoice, ["a", "b"])));
        var words = await OpenAsync("words", Cooperation, new PollDraft("One word for cooperation?", PollKind.WordCloud, []));
        await Bounded(Swiss[0].Live.Vote(words, new Ballot([], Text: "inclusion")));
        await Bounded(Swiss[1].Live.Vote(words, new Ballot([], Text: "Inclusion")));
        await Bounded(French.Live.Vote(words, new Ballot([], Text: "trust")));
        var quiz = await OpenAsync("quiz", Cooperation, new PollDraft("When was WSIS Geneva?", PollKind.Quiz, ["2003", "2005"], CorrectOption: 0, CountdownSeconds: 300));
        await Bounded(Swiss[0].Live.Vote(quiz, new Ballot([0])));
        await Bounded(Swiss[1].Live.Vote(quiz, new Ballot([1])));
        var text = await OpenAsync("text", Cooperation, new PollDraft("Your advice?", PollKind.OpenText, []));
        await Bounded(Kenyans[0].Live.Vote(text, new Ballot([], Text: "More remote access")));
        await Bounded(Moderator.Live.ClosePoll(single));
    }

    private async Task ConnectAsync()
    {
        var badge = await Bounded(Kenyans[0].Live.GetBadge());
        await Bounded(Swiss[0].Live.ScanBadge(badge.Token, null, null));
        await Bounded(Swiss[0].Live.ScanBadge(badge.Token, null, null));
        var request = await Bounded(Brazilians[0].Live.SendContactRequest(Swiss[1].Profile.Id, "Shall we talk about access?"));
        await Bounded(Swiss[1].Live.RespondToContactRequest(request.Id, RequestStatus.Accepted));
    }

    private async Task VoteForPrizesAsync()
    {
        await _server.Grains.GetGrain<IPrizesGrain>(ForumKeys.Forum).PublishCategoriesAsync(Caller(Organiser), [LineOne, LineFive]);
        await Bounded(Swiss[0].Api.VotePrizeAsync(LineOne.Id, "o-n1"));
        await Bounded(Swiss[1].Api.VotePrizeAsync(LineOne.Id, "o-n1"));
        await Bounded(Kenyans[0].Api.VotePrizeAsync(LineOne.Id, "o-n2"));
        await Bounded(Brazilians[0].Api.VotePrizeAsync(LineFive.Id, "o-n3"));
    }

    private async Task<string> OpenAsync(string name, SessionDetails session, PollDraft draft)
    {
        var poll = await Bounded(Moderator.Live.CreatePoll(session.Id, draft));
        await Bounded(Moderator.Live.OpenPoll(poll.Id));
        PollIds[name] = poll.Id;
        return poll.Id;
    }

    private async Task<SessionDetails> SessionAsync(DateOnly day, int hour, string[] lines, int[] sdgs)
    {
        var start = new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.FromHours(2));
        var session = new SessionDetails("o" + Guid.NewGuid().ToString("N")[..12], $"Outcome session {day} {hour}h", "A session of the mini forum.",
            SessionFormat.InteractiveSession, "Room A", start, start.AddMinutes(90), lines, sdgs, null, [], [Moderator.Profile.Id], QuestionMode.Open, SessionStatus.Scheduled);
        await _server.Grains.GetGrain<ISessionGrain>(session.Id).PublishAsync(session);
        await _server.Grains.GetGrain<IAgendaGrain>(ForumKeys.Forum).UpsertAsync(session);
        return session;
    }

    private async Task<Participant> SignInAsync(string name, Participation participation, string country, ForumRoles roles = ForumRoles.Attendee)
    {
        var person = await _server.SignInAsync(name, participation, roles, country).WaitAsync(Limit);
        lock (_people) _people.Add(person);
        return person;
    }

    private static Caller Caller(Participant p) => new(p.Profile.Id, p.Profile.Name, p.Profile.Roles, p.Profile.Participation);

    private static Task<T> Bounded<T>(Task<T> call) => call.WaitAsync(Limit);

    private static Task Bounded(Task call) => call.WaitAsync(Limit);

    public async ValueTask DisposeAsync()
    {
        foreach (var person in _people) await person.DisposeAsync();
    }
}
