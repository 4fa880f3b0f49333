namespace WsisConnect.Contracts.Polls;

/// <summary>The kinds of poll a moderator can run.</summary>
public enum PollKind
{
    /// <summary>One option.</summary>
    SingleChoice = 0,
    /// <summary>Up to <see cref="PollDraft.MaxChoices"/> options.</summary>
    MultipleChoice = 1,
    /// <summary>A number from <see cref="PollDraft.RatingMin"/> to <see cref="PollDraft.RatingMax"/>.</summary>
    Rating = 2,
    /// <summary>A short free answer (at most 40 characters); answers are merged ignoring case and spacing.</summary>
    WordCloud = 3,
    /// <summary>One option, one of which is correct; faster right answers score more, within a countdown.</summary>
    Quiz = 4,
    /// <summary>A free answer of up to 280 characters, shown to participants once a moderator approves it.</summary>
    OpenText = 5,
}
