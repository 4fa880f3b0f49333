using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Polls;
using WsisConnect.Grains.Abstractions.Identity;

namespace WsisConnect.Grains.Abstractions.Polls;

/// <summary>The polls of one session, keyed by session id.</summary>
public interface ISessionPollsGrain : IGrainWithStringKey
{
    /// <summary>Prepares a poll as a draft; moderators of the session and organisers only.</summary>
    Task<PollDetails> CreateAsync(Caller caller, PollDraft draft);

    /// <summary>The session's polls as <paramref name="caller"/> sees them (drafts for moderators only), oldest first.</summary>
    Task<IReadOnlyList<PollView>> ListAsync(Caller caller);

}
